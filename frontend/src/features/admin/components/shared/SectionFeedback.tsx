import { StatusMessage } from '@/components/ui/StatusMessage'
import { ActionProblem } from './ActionProblem'
import type { SectionState } from './section-state'

/**
 * What a section says about the last thing done in it: the status message (announced politely) and a row action
 * the API refused, with, after a stale row, a way to load the list again.
 */
export function SectionFeedback({
  section,
  onReload,
}: {
  section: Pick<SectionState<unknown>, 'message' | 'problem' | 'setProblem'>
  onReload: () => void
}) {
  return (
    <>
      <StatusMessage>{section.message}</StatusMessage>
      {section.problem ? (
        <ActionProblem
          error={section.problem}
          onReload={() => {
            section.setProblem(null)
            onReload()
          }}
        />
      ) : null}
    </>
  )
}
