import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '@/components/ui/ConfirmDialog'

type Question = { title: string; body: string; confirmLabel: string; onConfirm: () => void }

/** One confirm dialog for a whole list: `ask` opens it for a row; render `dialog` once. */
export function useConfirm(): { ask: (question: Question) => void; dialog: ReactNode } {
  const { t } = useTranslation('admin')
  const [question, setQuestion] = useState<Question | null>(null)
  return {
    ask: setQuestion,
    dialog: (
      <ConfirmDialog
        open={question !== null}
        title={question?.title ?? ''}
        confirmLabel={question?.confirmLabel ?? ''}
        cancelLabel={t('form.cancel')}
        danger
        onCancel={() => setQuestion(null)}
        onConfirm={() => {
          setQuestion(null)
          question?.onConfirm()
        }}
      >
        <p>{question?.body}</p>
      </ConfirmDialog>
    ),
  }
}
