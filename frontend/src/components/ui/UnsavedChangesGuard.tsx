import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setNavigationGuard } from '@/lib/navigation'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * While `dirty`, leaving the page asks first: the browser's own question on reload and close, and a dialog
 * for links inside the app. Render it once in a form that can hold unsaved changes.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation('ui')
  const [pending, setPending] = useState<(() => void) | null>(null)

  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    setNavigationGuard((proceed) => {
      setPending(() => proceed)
      return true
    })
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      setNavigationGuard(null)
    }
  }, [dirty])

  return (
    <ConfirmDialog
      open={pending !== null}
      title={t('unsavedTitle')}
      confirmLabel={t('unsavedLeave')}
      cancelLabel={t('unsavedStay')}
      danger
      onCancel={() => setPending(null)}
      onConfirm={() => {
        const proceed = pending
        setPending(null)
        setNavigationGuard(null)
        proceed?.()
      }}
    >
      <p>{t('unsavedBody')}</p>
    </ConfirmDialog>
  )
}
