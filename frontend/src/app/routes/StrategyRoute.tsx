import { useTranslation } from 'react-i18next'
import { ActiveStrategy } from '@/features/strategy/components/ActiveStrategy'
import { useDocumentTitle } from '@/lib/page-title'

/** /strategi: the strategy in force, its goals and measures, their indicators, and who acts on each measure. */
export function StrategyRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t('strategy.pageTitle'))
  return (
    <>
      <h1>{t('strategy.pageTitle')}</h1>
      <ActiveStrategy />
    </>
  )
}
