// What a failed submit shows: a message next to each field to blame, and the same messages in the error
// summary at the top of the form (components/ui/ErrorSummary.tsx).
import { ApiError } from './api-client'
import { CONTENT_LANGUAGE } from './i18n'

/** A message and, when it differs from the page's, its language (the API's messages are Swedish). */
export type FieldMessage = { message: string; lang?: string }

/** One line of the error summary, linking to the field it is about. */
export type SummaryItem = FieldMessage & { fieldId?: string }

export type FormErrors = {
  /** by field id */
  fields: Record<string, FieldMessage>
  summary: SummaryItem[]
}

/** Errors found before sending (in the UI language), in the order of the fields. */
export function formErrors(found: [fieldId: string, message: string | undefined][]): FormErrors | null {
  const errors: FormErrors = { fields: {}, summary: [] }
  for (const [fieldId, message] of found) {
    if (!message) continue
    errors.fields[fieldId] = { message }
    errors.summary.push({ message, fieldId })
  }
  return errors.summary.length > 0 ? errors : null
}

type ApiFormErrorOptions = {
  /** the API's field path → the form's field id (`email` → `sign-in-email`) */
  fieldIds: Record<string, string>
  /** the field a problem without a path is about (wrong e-mail or password: the first field) */
  fallbackFieldId?: string
  /** the sentences for failures the API did not explain, in the UI language */
  networkError: string
  unexplained: string
}

/** A failed request as form errors: the API's Swedish messages (marked as Swedish), linked to their fields. */
export function formErrorsFromApi(error: unknown, { fieldIds, fallbackFieldId, networkError, unexplained }: ApiFormErrorOptions): FormErrors {
  const errors: FormErrors = { fields: {}, summary: [] }
  if (!(error instanceof ApiError) || error.isNetworkError || !error.detail) {
    errors.summary.push({ message: error instanceof ApiError && error.isNetworkError ? networkError : unexplained })
    return errors
  }
  for (const { path, message } of error.errors) {
    const fieldId = fieldIds[path]
    if (fieldId && !errors.fields[fieldId]) errors.fields[fieldId] = { message, lang: CONTENT_LANGUAGE }
    errors.summary.push({ message, fieldId, lang: CONTENT_LANGUAGE })
  }
  if (errors.summary.length === 0) {
    if (fallbackFieldId) errors.fields[fallbackFieldId] = { message: error.detail, lang: CONTENT_LANGUAGE }
    errors.summary.push({ message: error.detail, fieldId: fallbackFieldId, lang: CONTENT_LANGUAGE })
  }
  return errors
}
