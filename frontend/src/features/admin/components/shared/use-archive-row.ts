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

/** Archive (after confirming) and restore (at once) a row of a list; the outcome is announced or shown as a problem. */
export function useArchiveRow<Row extends { id: number }>({ mutation, section, ask, question, done }: Options<Row>) {
  const run = (row: Row, archived: boolean) =>
    mutation.mutate({ id: row.id, archived }, { onSuccess: () => section.announce(done(row, archived)), onError: (error) => section.setProblem(error) })
  return {
    archive: (row: Row) => ask({ ...question(row), onConfirm: () => run(row, true) }),
    restore: (row: Row) => run(row, false),
  }
}
