import { useTranslation } from 'react-i18next'
import { ActiveStrategy } from '@/features/strategy/components/ActiveStrategy'
import { useDocumentTitle } from '@/lib/page-title'

/** Start page: the strategy in force, its goals and measures. */
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
