import { useTranslation } from 'react-i18next'
import { ActiveStrategy } from '@/features/strategy/components/ActiveStrategy'

/** Start page: the strategy in force, its goals and measures. */
export function StrategyRoute() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('strategy.pageTitle')}</h1>
      <ActiveStrategy />
    </>
  )
}
