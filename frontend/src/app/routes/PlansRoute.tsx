import { linkOptions } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PlanList } from '@/features/plans/components/PlanList'
import { useDocumentTitle } from '@/lib/page-title'

/** /planer: the implementation plans of the strategy in force; the signed-in coordinator's own first. */
export function PlansRoute() {
  const { t } = useTranslation('plans')
  useDocumentTitle(t('list.pageTitle'))
  return (
    <>
      <h1>{t('list.pageTitle')}</h1>
      <PlanList planLink={(planId) => linkOptions({ to: '/planer/$planId', params: { planId } })} />
    </>
  )
}
