// The kit's fields bound to a react-hook-form form (lib/form.ts): each takes the field's name and finds its value,
// its error, its id and its limit from the form around it, so that a field is one line in a form.
import { createContext, useContext, type ComponentProps, type ReactNode } from 'react'
import { FormProvider, useController, useFormContext, type FieldValues } from 'react-hook-form'
import type { z } from 'zod'
import { fieldMessage, type FieldMessage } from '@/lib/form-errors'
import { maxLengthOf, type ZodForm } from '@/lib/form'
import { Select } from './Select'
import { TextArea } from './TextArea'
import { TextField } from './TextField'

type Scope = { idOf: (field: string) => string; schema: z.ZodType }
const ScopeContext = createContext<Scope | null>(null)

const kebab = (field: string) => field.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * The form and the ids of its fields for everything inside: `<idPrefix>-<field in kebab-case>` (`action-new-title`),
 * unless `ids` names another. The error summary links to these ids.
 */
export function FormScope<S extends z.ZodType>({
  form,
  idPrefix,
  ids = {},
  children,
}: {
  form: ZodForm<S>
  idPrefix: string
  ids?: Record<string, string>
  children: ReactNode
}) {
  const scope: Scope = { idOf: (field) => ids[field] ?? `${idPrefix}-${kebab(field)}`, schema: form.schema }
  return (
    <FormProvider {...(form as unknown as ComponentProps<typeof FormProvider<FieldValues>>)}>
      <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>
    </FormProvider>
  )
}

/** The id of a field of the form around (for a control of one's own). */
export function useFieldId() {
  const scope = useContext(ScopeContext)
  if (!scope) throw new Error('A form field must be inside <FormScope>.')
  return scope.idOf
}

/** A field of the form around: its react-hook-form controller, id, error (as FieldMessage) and the contract's limit. */
export function useFormField<V = unknown>(name: string) {
  const scope = useContext(ScopeContext)
  if (!scope) throw new Error('A form field must be inside <FormScope>.')
  const { control } = useFormContext()
  const { field, formState } = useController({ name, control })
  const error: FieldMessage | undefined = fieldMessage(formState.errors, name)
  return { id: scope.idOf(name), field: field as typeof field & { value: V }, error, limit: maxLengthOf(scope.schema, name) }
}

type Named = { name: string }

/** A one-line text input bound to the form. */
export function FormTextField({
  name,
  ...props
}: Named & Omit<ComponentProps<typeof TextField>, 'id' | 'value' | 'onChange' | 'onBlur' | 'name' | 'error' | 'ref'>) {
  const { id, field, error, limit } = useFormField<string>(name)
  return <TextField id={id} {...field} value={field.value ?? ''} error={error} limit={limit} {...props} />
}

/** Free text bound to the form, checked for a personnummer as it is typed. */
export function FormTextArea({
  name,
  ...props
}: Named & Omit<ComponentProps<typeof TextArea>, 'id' | 'value' | 'onChange' | 'onBlur' | 'name' | 'error' | 'ref'>) {
  const { id, field, error, limit } = useFormField<string>(name)
  return <TextArea id={id} {...field} value={field.value ?? ''} error={error} limit={limit} {...props} />
}

/** A native select bound to the form. */
export function FormSelect({
  name,
  ...props
}: Named & Omit<ComponentProps<typeof Select>, 'id' | 'value' | 'onChange' | 'onBlur' | 'name' | 'error' | 'ref'>) {
  const { id, field, error } = useFormField<string>(name)
  return <Select id={id} {...field} value={field.value ?? ''} error={error} {...props} />
}
