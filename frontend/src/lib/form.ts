// Forms from the contract: react-hook-form validates with the contract's own zod schema (through
// @hookform/resolvers), so a form and the API cannot disagree on a rule or a limit. A form's schema is the
// contract's, extended only where the form's values differ from the wire shape: text in inputs (a year, a
// decimal comma, an empty date meaning none) and the form's own words for a missing value. See docs/architecture.md
// → Forms; features/plans/components/ActionForm.tsx is the example.
import { zodResolver } from '@hookform/resolvers/zod'
import { containsPersonnummer } from '@uppfoljning/contract/personnummer'
import { useState } from 'react'
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
// the contract's Swedish messages (and zod's Swedish locale) wherever a form parses
import '@uppfoljning/contract/messages'
import { UI_MESSAGE } from './form-errors'

type Messages = {
  /** field → what to say when it is left empty (instead of the contract's generic "Fältet får inte vara tomt.") */
  missing?: Record<string, string>
  /** field → what to say when what is written there is refused (instead of the contract's message) */
  invalid?: Record<string, string>
  /** what to say about a text holding a personnummer; every text of the form is checked (as the API does) */
  personnummer?: (field: string) => string
}

export type ZodForm<S extends z.ZodType> = UseFormReturn<z.input<S> & FieldValues, unknown, z.output<S>> & { schema: S }

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' ? value.trim() === '' : Array.isArray(value) && value.length === 0)

/** Every text in the values with its path. */
function texts(values: unknown, path: string[] = []): [string, string][] {
  if (typeof values === 'string') return [[path.join('.'), values]]
  if (typeof values !== 'object' || values === null) return []
  return Object.entries(values).flatMap(([key, value]) => texts(value, [...path, key]))
}

function setAt(errors: Record<string, unknown>, path: string, error: { type: string; message: string }) {
  const segments = path.split('.')
  let node = errors
  for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>
  node[segments.at(-1)!] = error
}

function getAt(errors: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, segment) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined),
      errors,
    )
}

/** zodResolver, then the form's own words: for a missing value, a refused one, and a personnummer in any text. */
function formResolver<S extends z.ZodType>(schema: S, messages: Messages): Resolver<FieldValues, unknown, z.output<S>> {
  const zod = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<S>>
  return async (values, context, options) => {
    const result = await zod(values, context, options)
    const errors = { ...result.errors } as Record<string, unknown>
    for (const [field, message] of Object.entries(messages.missing ?? {})) {
      if (getAt(errors, field) && isBlank(getAt(values, field))) setAt(errors, field, { type: UI_MESSAGE, message })
    }
    for (const [field, message] of Object.entries(messages.invalid ?? {})) {
      if (getAt(errors, field) && !isBlank(getAt(values, field))) setAt(errors, field, { type: UI_MESSAGE, message })
    }
    if (messages.personnummer) {
      for (const [field, text] of texts(values)) {
        // before any other message, as the API checks it before parsing (so that no message echoes the number)
        if (containsPersonnummer(text)) setAt(errors, field, { type: UI_MESSAGE, message: messages.personnummer(field) })
      }
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors: errors as FieldErrors } : result
  }
}

/**
 * A react-hook-form form checked by `schema` (the contract's, or derived from it): `handleSubmit` hands over the
 * parsed value, i.e. the request body. Checked at the first submit, then again as the user changes a field; the
 * focus goes to the error summary (FormErrorSummary), not to the first field.
 */
export function useZodForm<S extends z.ZodType>(
  schema: S,
  { defaultValues, ...messages }: { defaultValues: z.input<S> } & Messages,
): ZodForm<S> {
  // the resolver is made once: the messages are the language's at the time the form opened
  const [resolver] = useState(() => formResolver(schema, messages))
  const form = useForm<FieldValues, unknown, z.output<S>>({
    resolver,
    defaultValues: defaultValues as DefaultValues<FieldValues>,
    shouldFocusError: false,
  })
  // the same object on every render, as react-hook-form's own (effects may depend on it)
  return Object.assign(form as unknown as UseFormReturn<z.input<S> & FieldValues, unknown, z.output<S>>, { schema })
}

// ——— Building a form's schema from the contract's ———

type Def = {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  shape?: Record<string, z.ZodType>
  valueType?: z.ZodType
  element?: z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The schema of the field at `path` (`title`, `analyses.12`) in an object schema, unwrapped of defaults and pipes. */
function fieldSchema(schema: z.ZodType, path: string[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema
  let rest = path
  for (let guard = 0; node && guard < 50; guard++) {
    const def = defOf(node)
    if (def.innerType) node = def.innerType
    else if (def.type === 'pipe') node = defOf(def.out!).type === 'transform' ? def.in : def.out
    else if (def.type === 'object' && rest.length > 0) [node, rest] = [def.shape![rest[0]], rest.slice(1)]
    else if (def.type === 'record' && rest.length > 0) [node, rest] = [def.valueType, rest.slice(1)]
    else return rest.length === 0 ? node : undefined
  }
  return undefined
}

/** The contract's limit of a text field (`Line(TITLE_MAX)` → TITLE_MAX), for its character count; undefined if none. */
export function maxLengthOf(schema: z.ZodType, field: string): number | undefined {
  const found = fieldSchema(schema, field.split('.'))
  const max = found && defOf(found).type === 'string' ? (found as z.ZodString).maxLength : null
  return max ?? undefined
}

/** A field the form reads from a text input: its input is text, its output the contract field's. */
type FromText<T extends z.ZodType> = z.ZodType<z.output<T>, string>

/** A field read from a text input: `toWire` turns the text into what the contract's `field` parses (reporting a text that is no such thing). */
export const fromText = <T extends z.ZodType>(field: T, toWire: (text: string, ctx: z.RefinementCtx<string>) => unknown): FromText<T> =>
  z
    .string()
    .transform(toWire)
    .pipe(field as unknown as z.ZodType<z.output<T>, unknown>) as unknown as FromText<T>

/** A text the form trims before the contract's field checks it. */
export const trimmed = <T extends z.ZodType>(field: T) => fromText(field, (text) => text.trim())

/** An optional field written in a text input: empty means none (null). */
export const emptyAsNull = <T extends z.ZodType>(field: T) => fromText(field, (text) => (text.trim() === '' ? null : text.trim()))

/** A number typed with a decimal comma (`12,5`, `−3`, `1 000`); empty means none (null); `invalid` when it is no number or out of the field's range. */
export const decimalText = <T extends z.ZodType>(field: T, invalid: string) =>
  fromText(field, (text, ctx) => {
    const value = text
      .trim()
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(',', '.')
      .replace('\u2212', '-')
    if (!value) return null
    if (/^-?\d+(\.\d+)?$/.test(value) && z.safeParse(field, Number(value)).success) return Number(value)
    ctx.addIssue({ code: 'custom', message: invalid })
    return z.NEVER
  })

/** A year typed as text; empty means none (null); `invalid` for anything but four digits within the contract's range. */
export const yearText = <T extends z.ZodType>(field: T, invalid: string) =>
  fromText(field, (text, ctx) => {
    const value = text.trim()
    if (!value) return null
    if (/^\d{4}$/.test(value) && z.safeParse(field, Number(value)).success) return Number(value)
    ctx.addIssue({ code: 'custom', message: invalid })
    return z.NEVER
  })

/** The text of a number or a year in an input: a decimal comma, nothing for none. */
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value).replace('.', ','))

/** The object schema inside `schema` (under refinements and pipes). */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const found = fieldSchema(schema, [])
  const def = found && defOf(found)
  if (!def || def.type !== 'object') throw new Error('A form schema is an object schema.')
  return def.shape!
}

/** Whether a field's input is text (emptyAsNull, decimalText, yearText: a pipe from a string). */
function takesText(field: z.ZodType): boolean {
  let def = defOf(field)
  while (def.type === 'pipe') def = defOf(def.in!)
  return def.type === 'string'
}

/** The field's default in the contract, if it has one. */
function defaultOf(field: z.ZodType): unknown {
  const parsed = z.safeParse(field, undefined)
  return parsed.success && parsed.data !== null ? parsed.data : undefined
}

/**
 * A form's starting values for each field of its schema: the stored object's (a number as text where the input is
 * text, none as empty), else the field's default in the contract (`status` → `planned`), else empty. `also` gives
 * the values that are not the stored object's own (`measureIds` from `measures`).
 */
export function formValues<S extends z.ZodType>(schema: S, stored: object | null | undefined, also: Partial<z.input<S>> = {}): z.input<S> {
  const values = Object.entries(objectShape(schema)).map(([key, field]) => {
    const value = (stored as Record<string, unknown> | null | undefined)?.[key]
    if (takesText(field)) {
      // none stored: the contract's default (a measure's weight 1), written as the input shows it
      const shown = value ?? defaultOf(defOf(field).out ?? field)
      return [key, typeof shown === 'number' ? numberText(shown) : typeof shown === 'string' ? shown : '']
    }
    return [key, value ?? defaultOf(field) ?? '']
  })
  return { ...Object.fromEntries(values), ...also } as z.input<S>
}
