import { ApiError } from '@/lib/api-client'
import { formErrorsFromApi, type FormErrors } from '@/lib/form-errors'

/** 409 version-conflict: the row was saved by someone else after the form was opened. */
export const isVersionConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409 && error.problem?.currentVersion !== undefined

type Sentences = { networkError: string; unexplained: string }

/**
 * A refused write as form errors: each of the API's (Swedish) field messages beside its field. `fieldIds`
 * maps the API's field names to the form's field ids; a path below a field (`organisationIds.2`) belongs to
 * that field. A problem naming no field of the form goes to the summary only.
 */
export function apiFormErrors(error: unknown, fieldIds: Record<string, string>, sentences: Sentences): FormErrors {
  const ids = { ...fieldIds }
  if (error instanceof ApiError) {
    for (const { path } of error.errors) {
      const field = fieldIds[path.split('.')[0]]
      if (!ids[path] && field) ids[path] = field
    }
  }
  return formErrorsFromApi(error, { fieldIds: ids, ...sentences })
}

/**
 * What a form does when its write is refused: a stale version shows the conflict notice with its reload
 * offer; anything else becomes the error summary and messages beside the fields.
 */
export function handleWriteError(
  error: unknown,
  editor: { fail(found: FormErrors): void; failOnConflict(detail: string): void },
  fieldIds: Record<string, string>,
  sentences: Sentences,
) {
  if (isVersionConflict(error)) editor.failOnConflict(error.detail)
  else editor.fail(apiFormErrors(error, fieldIds, sentences))
}
