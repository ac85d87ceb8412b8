import type { UseMutationResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ArchiveArgs } from '../../api/write'
import type { RowAction } from './ListTable'
import type { SectionState } from './section-state'

type Question = { title: string; body: string; confirmLabel: string }

type Options<Row> = {
  mutation: UseMutationResult<Row, Error, ArchiveArgs>
  section: Pick<SectionState<unknown>, 'announce' | 'setProblem'>
  ask: (question: Question & { onConfirm: () => void }) => void
  /** what to ask before archiving `row` */
  question: (row: Row) => Question
  /** the status message after it is done */
  done: (row: Row, archived: boolean) => string
  /** the buttons' words, when the list has its own (users: Inaktivera, Aktivera) */
  labels?: { archive: string; restore: string }
}

/**
 * Archive (after confirming) and restore (at once) a row of a list; the outcome is announced or shown as a
 * problem. An archived row leaves the list with the button that had the focus: the focus then goes to the
 * list itself (its scroll region), or to the page's main content when the list has gone too.
 */
export function useArchiveRow<Row extends { id: number; archivedAt: string | null }>({
  mutation,
  section,
  ask,
  question,
  done,
  labels,
}: Options<Row>) {
  const { t } = useTranslation('admin')
  const run = (row: Row, archived: boolean, trigger: Element | null) => {
    const list = trigger?.closest<HTMLElement>('[role="region"]') ?? null
    mutation.mutate(
      { id: row.id, archived },
      {
        onSuccess: () => {
          section.announce(done(row, archived))
          setTimeout(() => {
            if (trigger?.isConnected) return
            const target = list?.isConnected ? list : document.querySelector<HTMLElement>('main')
            target?.focus()
          })
        },
        onError: (error) => section.setProblem(error),
      },
    )
  }
  const archive = (row: Row) => {
    const trigger = document.activeElement
    ask({ ...question(row), onConfirm: () => run(row, true, trigger) })
  }
  const restore = (row: Row) => run(row, false, document.activeElement)
  return {
    archive,
    restore,
    /** the row's button: Återställ on an archived row, else Arkivera */
    action: (row: Row): RowAction =>
      row.archivedAt
        ? { label: labels?.restore ?? t('list.restore'), onClick: () => restore(row) }
        : { label: labels?.archive ?? t('list.archive'), onClick: () => archive(row) },
  }
}
