// What one admin section keeps while the user works in it: the one form that is open (opening another asks
// first when this one has unsaved changes), where the focus goes back to when it closes, the last status
// message (announced politely) and a failed row action (archive, open, close).
import { useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '@/components/ui/ConfirmDialog'

export type SectionState<T> = {
  /** the form that is open, if any */
  current: T | null
  open(next: T): void
  /**
   * closes the form (announcing `done`, e.g. "Åtgärden 1.4 sparades.") and puts the focus back where it was,
   * unless `refocus` is false (the page has moved the focus elsewhere itself)
   */
  close(done?: string, refocus?: boolean): void
  /** the open form reports whether it has unsaved changes */
  setDirty(dirty: boolean): void
  message: string
  announce(message: string): void
  /** a row action that failed, shown above the list until the next action */
  problem: unknown
  setProblem(problem: unknown): void
  /** the question asked before an open form with unsaved changes is replaced: render it once */
  dialog: ReactNode
}

export function useSectionState<T>(): SectionState<T> {
  const { t } = useTranslation('admin')
  const [current, setCurrent] = useState<T | null>(null)
  const [message, setMessage] = useState('')
  const [problem, setProblem] = useState<unknown>(null)
  const [waiting, setWaiting] = useState<{ next: T; from: HTMLElement | null } | null>(null)
  const dirty = useRef(false)
  const opener = useRef<HTMLElement | null>(null)

  const show = (next: T, from: HTMLElement | null) => {
    opener.current = from
    dirty.current = false
    setProblem(null)
    setCurrent(next)
  }

  return {
    current,
    open(next) {
      // the button that opens the form, before any dialog takes the focus
      const from = document.activeElement instanceof HTMLElement ? document.activeElement : null
      if (dirty.current) setWaiting({ next, from })
      else show(next, from)
    },
    close(done, refocus = true) {
      dirty.current = false
      setCurrent(null)
      if (done) setMessage(done)
      if (!refocus) return
      const back = opener.current
      // after the form has gone; the button that opened it is still there (toolbars and rows stay)
      setTimeout(() => {
        if (back?.isConnected) back.focus()
      })
    },
    setDirty(value) {
      dirty.current = value
    },
    message,
    announce(text) {
      setProblem(null)
      setMessage(text)
    },
    problem,
    setProblem,
    dialog: (
      <ConfirmDialog
        open={waiting !== null}
        title={t('form.switchTitle')}
        confirmLabel={t('form.switchConfirm')}
        cancelLabel={t('form.switchCancel')}
        danger
        onCancel={() => setWaiting(null)}
        onConfirm={() => {
          const { next, from } = waiting!
          setWaiting(null)
          show(next, from)
        }}
      >
        <p>{t('form.switchBody')}</p>
      </ConfirmDialog>
    ),
  }
}

/** What an open form needs of its section: to close itself and to report unsaved changes. */
export type FormHost = Pick<SectionState<unknown>, 'close' | 'setDirty'>
