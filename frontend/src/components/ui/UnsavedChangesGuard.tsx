import { useBlocker } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * While `dirty`, leaving the page asks first: the browser's own question on reload and close, and a dialog for
 * links inside the app and the back and forward buttons (the router's blocker). Changes of the address that only
 * replace it (a filter, a redirect to the sign-in page when the session ended) are not held. Render it once in a
 * form that can hold unsaved changes.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation('ui')
  const blocker = useBlocker({
    shouldBlockFn: ({ action }) => dirty && action !== 'REPLACE',
    enableBeforeUnload: () => dirty,
    withResolver: true,
  })

  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title={t('unsavedTitle')}
      confirmLabel={t('unsavedLeave')}
      cancelLabel={t('unsavedStay')}
      danger
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      <p>{t('unsavedBody')}</p>
    </ConfirmDialog>
  )
}
