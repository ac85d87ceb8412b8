// The one error type code throws. The HTTP layer turns it into application/problem+json (docs/api.md).

export interface FieldError {
  /** dot path of the offending field, e.g. `measureIds.0` */
  path: string
  message: string
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    /** the problem type, documented in docs/api.md */
    readonly code: string,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; currentVersion?: number } = {},
  ) {
    super(detail)
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) => new AppError(400, 'validation-failed', detail, { errors })

export const unauthenticated = (detail = 'Logga in för att fortsätta.') => new AppError(401, 'unauthenticated', detail)

export const forbidden = (detail = 'Du har inte behörighet till detta.', errors?: FieldError[]) =>
  new AppError(403, 'forbidden', detail, errors ? { errors } : {})

export const notFound = (what: string, id: number | string) => new AppError(404, 'not-found', `${what} med id ${id} finns inte.`)

export const versionConflict = (currentVersion: number) =>
  new AppError(
    409,
    'version-conflict',
    `Någon annan har ändrat uppgifterna sedan du öppnade dem (nu version ${currentVersion}). Läs in dem igen och gör om ändringen.`,
    {
      currentVersion,
    },
  )

export const duplicate = (detail: string, errors?: FieldError[]) => new AppError(409, 'duplicate', detail, { errors })

/** A rule of the domain is broken (422); name the field when one is to blame. */
export const ruleBroken = (detail: string, path?: string) =>
  new AppError(422, 'rule-violated', detail, path ? { errors: [{ path, message: detail }] } : {})

export const serviceUnavailable = () =>
  new AppError(
    503,
    'service-unavailable',
    'Databasen svarar inte just nu. Försök igen om en stund. Skickade du en ändring: ladda om sidan och se efter om den hann sparas innan du gör om den.',
  )
