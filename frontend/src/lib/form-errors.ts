// What a failed submit shows: a message beside each field to blame, and the same messages in the error summary at
// the top of the form (components/ui/ErrorSummary.tsx), both read from react-hook-form's `formState.errors`. The
// checks before sending put their messages there through the form's zod resolver (lib/form.ts); `setApiErrors`
// puts a refused request's there: the one mapping of a problem+json answer (docs/api.md) onto a form.
import type { FieldError, FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form'
import { ApiError } from './api-client'
import { CONTENT_LANGUAGE } from './i18n'

/** A message and, when it differs from the page's, its language (the API's and the contract's messages are Swedish). */
export type FieldMessage = { message: string; lang?: string }

/** One line of the error summary, linking to the field it is about. */
export type SummaryItem = FieldMessage & { fieldId?: string }

/**
 * The error types whose messages are in the UI language: the form's own (its "missing" and personnummer messages,
 * its rules across fields) and our sentences for failures the API did not explain. Any other type is a zod issue
 * code with the contract's Swedish message (contract/src/messages.ts), or `server`: the API's (Swedish) message.
 */
export const UI_MESSAGE = 'custom'
const API_MESSAGE = 'server'

export function messageOf(error: Pick<FieldError, 'type' | 'message'>): FieldMessage {
  const message = error.message ?? ''
  return error.type === UI_MESSAGE ? { message } : { message, lang: CONTENT_LANGUAGE }
}

const isFieldError = (node: unknown): node is FieldError =>
  typeof node === 'object' &&
  node !== null &&
  typeof (node as FieldError).message === 'string' &&
  typeof (node as FieldError).type === 'string'

/** Every message in `errors` with its path (`title`, `measureIds.0`, `analyses.12`, `root.server`), in their order. */
export function errorList(errors: FieldErrors): { path: string; error: FieldError }[] {
  const found: { path: string; error: FieldError }[] = []
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return
    if (isFieldError(node) && node.message) found.push({ path: path.join('.'), error: node })
    for (const [key, child] of Object.entries(node))
      if (key !== 'ref' && key !== 'types' && key !== 'message' && key !== 'type') walk(child, [...path, key])
  }
  walk(errors, [])
  return found
}

/** The message to show beside the field `name`: its own, or the first one below it (an item of a list field). */
export function fieldMessage(errors: FieldErrors, name: string): FieldMessage | undefined {
  const first = errorList(errors).find(({ path }) => path === name || path.startsWith(`${name}.`))
  return first && messageOf(first.error)
}

/**
 * The field of the form an API path is about: `title` → `title`, `measureIds.2` → `measureIds` (a list is one
 * field), `analyses.12` → `analyses.12` (an object's entries are fields). Undefined when the form has no such field.
 */
export function fieldOfPath(values: FieldValues, path: string): string | undefined {
  const segments = path.split('.')
  let node: unknown = values
  for (let i = 0; i < segments.length; i++) {
    if (typeof node !== 'object' || node === null || !(segments[i] in node)) return undefined
    node = (node as Record<string, unknown>)[segments[i]]
    if (Array.isArray(node) || typeof node !== 'object' || node === null) return segments.slice(0, i + 1).join('.')
  }
  return undefined
}

/** 409 version-conflict: the row was saved by someone else after the form was opened. */
export const isVersionConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409 && error.problem?.currentVersion !== undefined

type ApiErrorOptions = {
  /** the sentences, in the UI language, for failures the API did not explain */
  networkError: string
  unexplained: string
  /** an API path (or its first segment) → the form's field, where they differ (an indicator's `goalId` → `owner`) */
  fields?: Record<string, string>
  /** the field a problem naming none is about (wrong e-mail or password: the first field) */
  fallbackField?: string
}

/**
 * A refused request as the form's errors: each of the API's field messages (Swedish) beside its field, a problem
 * naming no field of the form in the summary only, and our own sentence when the server could not be reached or
 * did not explain. What was typed stays as it was.
 */
export function setApiErrors<V extends FieldValues>(
  form: Pick<UseFormReturn<V>, 'setError' | 'getValues'>,
  error: unknown,
  options: ApiErrorOptions,
) {
  const root = (key: string, message: string, type: string) => form.setError(`root.${key}`, { type, message })
  if (!(error instanceof ApiError) || error.isNetworkError || !error.detail) {
    root('server', error instanceof ApiError && error.isNetworkError ? options.networkError : options.unexplained, UI_MESSAGE)
    return
  }
  const values = form.getValues()
  const named = new Set<string>()
  error.errors.forEach(({ path, message }, index) => {
    const field = options.fields?.[path] ?? options.fields?.[path.split('.')[0]] ?? fieldOfPath(values, path)
    if (field && !named.has(field)) {
      named.add(field)
      form.setError(field as Path<V>, { type: API_MESSAGE, message })
    } else root(`api${index}`, message, API_MESSAGE)
  })
  if (error.errors.length > 0) return
  if (options.fallbackField) form.setError(options.fallbackField as Path<V>, { type: API_MESSAGE, message: error.detail })
  else root('server', error.detail, API_MESSAGE)
}
