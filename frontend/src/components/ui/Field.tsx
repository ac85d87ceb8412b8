import type { ReactNode } from 'react'
import type { FieldMessage } from '@/lib/form-errors'
import { describedBy, FieldHelp } from './FieldHelp'

/** What the control of a Field carries so that its label, hint and error are read with it. */
type ControlProps = { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined }

type Props = {
  /** the control's id (`<id>-hint`, `<id>-error` and `<id>-count` are the ids of what describes it) */
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: FieldMessage
  /** under the control, also read with it: a character count */
  after?: ReactNode
  /** the error in a live region, so that a message that comes as the user types is heard (the personnummer check) */
  live?: boolean
  /** more ids that describe the control */
  describedBy?: string[]
  className?: string
  /** renders the control with its id, aria-describedby and aria-invalid */
  children: (control: ControlProps) => ReactNode
}

/**
 * One form field: the label, the hint and the error message, tied to the control with aria-describedby and
 * aria-invalid. TextField, TextArea, Select and ProgressField are this with their control; FieldGroup is the same
 * for a group of controls (a fieldset of checkboxes).
 */
export function Field({ id, label, hint, error, after, live, describedBy: more = [], className, children }: Props) {
  const help = <FieldHelp id={id} hint={hint} error={error} live={live} />
  return (
    <div className={[error ? 'field field-invalid' : 'field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {help}
      {children({ id, 'aria-describedby': describedBy(id, { hint, error }, ...more), 'aria-invalid': error ? true : undefined })}
      {after}
    </div>
  )
}

type GroupProps = {
  /** the id the error summary links to: the fieldset itself (give it tabIndex -1) or its first control */
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: FieldMessage
  describedBy?: string[]
  className?: string
  /** the fieldset's own id, when the link goes to the fieldset */
  fieldsetId?: string
  children: ReactNode
}

/** A group of controls under one legend (checkboxes), with the hint and error of the group, as Field. */
export function FieldGroup({ id, legend, hint, error, describedBy: more = [], className = 'field', fieldsetId, children }: GroupProps) {
  return (
    <fieldset
      id={fieldsetId}
      tabIndex={fieldsetId ? -1 : undefined}
      className={error ? `${className} field-invalid` : className}
      aria-describedby={describedBy(id, { hint, error }, ...more)}
    >
      <legend className="field-label">{legend}</legend>
      <FieldHelp id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  )
}
