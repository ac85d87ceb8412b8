import { useTranslation } from 'react-i18next'
import { ApiError } from '@/lib/api-client'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { ErrorState } from './ErrorState'

/** A failed query: the API's own explanation when it gave one, else a general sentence; and a retry. */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  const apiError = error instanceof ApiError ? error : undefined
  const fromApi = apiError && !apiError.isNetworkError && apiError.detail ? apiError.detail : undefined
  const message = fromApi ?? (apiError?.isNetworkError ? t('state.networkError') : t('state.loadFailed'))
  return (
    <ErrorState
      title={t('state.errorTitle')}
      message={message}
      messageLang={fromApi ? CONTENT_LANGUAGE : undefined}
      action={{ label: t('state.retry'), onClick: onRetry }}
    />
  )
}
