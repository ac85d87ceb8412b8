import type { UseMutationResult } from '@tanstack/react-query'
import type { ArchiveArgs } from '../../api/write'
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
}

/**
 * Archive (after confirming) and restore (at once) a row of a list; the outcome is announced or shown as a
 * problem. An archived row leaves the list with the button that had the focus: the focus then goes to the
 * list itself (its scroll region), or to the page's main content when the list has gone too.
 */
export function useArchiveRow<Row extends { id: number }>({ mutation, section, ask, question, done }: Options<Row>) {
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
  return {
    archive: (row: Row) => {
      const trigger = document.activeElement
      ask({ ...question(row), onConfirm: () => run(row, true, trigger) })
    },
    restore: (row: Row) => run(row, false, document.activeElement),
  }
}
