import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'
import { ApiError } from '@/lib/api-client'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { isVersionConflict } from '@/lib/form-errors'

/**
 * A row action (archive, restore, open, close) that the API refused: its Swedish explanation, and when the
 * row had been changed by someone else, a way to load the list again before retrying.
 */
export function ActionProblem({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation('admin')
  const { t: tApp } = useTranslation()
  const fromApi = error instanceof ApiError && !error.isNetworkError && error.detail ? error.detail : undefined
  const message = fromApi ?? (error instanceof ApiError && error.isNetworkError ? tApp('state.networkError') : tApp('state.sendFailed'))
  return (
    <ErrorState
      title={t('list.actionFailed')}
      message={message}
      messageLang={fromApi ? CONTENT_LANGUAGE : undefined}
      action={isVersionConflict(error) ? { label: t('list.reload'), onClick: onReload } : undefined}
    />
  )
}
