import type { ReactNode } from 'react'
import { SectionFeedback } from './SectionFeedback'
import type { SectionState } from './section-state'
import { Toolbar } from './Toolbar'

type Props = {
  section: SectionState<unknown>
  /** loads the list again (offered when a row action failed on a row someone else had changed) */
  onReload: () => void
  /** the search form, above the toolbar */
  filters?: ReactNode
  newLabel: string
  onNew: () => void
  /** the open form, if any */
  form: ReactNode
  /** the confirm dialog of the list's row actions (useConfirm's `dialog`) */
  confirmDialog: ReactNode
  /** the list */
  children: ReactNode
}

/**
 * The frame of an admin section that is one list: the outcome of the last action, the filters, the New button,
 * the open form between the toolbar and the list, and the section's dialogs.
 */
export function SectionFrame({ section, onReload, filters, newLabel, onNew, form, confirmDialog, children }: Props) {
  return (
    <>
      <SectionFeedback section={section} onReload={onReload} />
      {filters}
      <Toolbar newLabel={newLabel} onNew={onNew} />
      {form}
      {children}
      {confirmDialog}
      {section.dialog}
    </>
  )
}
