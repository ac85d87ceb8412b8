import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'

/**
 * What a page shows when something no component handled went wrong: the router's error boundary around each page
 * (app/router.tsx defaultErrorComponent), so one broken page leaves the header and footer usable; navigating
 * elsewhere gives the next page a fresh start.
 */
export function ErrorFallback() {
  const { t } = useTranslation()
  return (
    <ErrorState
      title={t('state.errorTitle')}
      message={t('state.unexpected')}
      action={{ label: t('state.reload'), onClick: () => window.location.reload() }}
    />
  )
}
