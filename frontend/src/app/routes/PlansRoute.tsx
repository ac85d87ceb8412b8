import { useTranslation } from 'react-i18next'
import { useSession } from '@/features/auth/api/get-session'
import { PlanList } from '@/features/plans/components/PlanList'
import { viewerOf } from '@/features/plans/viewer'
import { useDocumentTitle } from '@/lib/page-title'
import { href, paths } from '../site'

/** /planer: the implementation plans of the strategy in force; the signed-in coordinator's own first. */
export function PlansRoute() {
  const { t } = useTranslation('plans')
  useDocumentTitle(t('list.pageTitle'))
  const viewer = viewerOf(useSession().data?.user)
  return (
    <>
      <h1>{t('list.pageTitle')}</h1>
      <PlanList viewer={viewer} planHref={(planId) => href(paths.plan, { planId })} />
    </>
  )
}
