// The one error handler: every failure leaves as RFC 9457 application/problem+json (docs/api.md).
import type { ErrorRequestHandler, RequestHandler } from 'express'
import { ZodError } from 'zod'
import { containsPersonnummer } from '@uppfoljning/contract'
import { AppError, serviceUnavailable, type FieldError } from '../errors'
import { Prisma } from '../db/prisma'
import { log } from '../log'

const titles: Record<string, string> = {
  'validation-failed': 'Ogiltiga uppgifter',
  'malformed-json': 'Felaktig JSON',
  'payload-too-large': 'För stor begäran',
  'unsupported-media-type': 'Fel innehållstyp',
  unauthenticated: 'Inte inloggad',
  forbidden: 'Saknar behörighet',
  'csrf-failed': 'Ogiltig förfrågan',
  'too-many-attempts': 'För många försök',
  'not-found': 'Finns inte',
  'version-conflict': 'Ändrad av någon annan',
  duplicate: 'Finns redan',
  'rule-violated': 'Regel bruten',
  'service-unavailable': 'Tillfälligt otillgänglig',
  'internal-error': 'Internt fel',
  'personal-data': 'Personuppgifter',
}

export const problemType = (code: string) => `/problems/${code}`

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof ZodError) {
    const errors: FieldError[] = error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' // one entry per unknown field, named by its own path
        ? issue.keys.map((key) => {
            const name = containsPersonnummer(key) ? '(dolt: innehåller ett personnummer)' : key // never echo one back
            return { path: [...issue.path, name].join('.'), message: `Okänt fält: ${name}.` }
          })
        : [{ path: issue.path.join('.'), message: issue.message }],
    )
    return new AppError(400, 'validation-failed', `${errors.length} fält har ogiltiga värden.`, { errors })
  }
  // the router could not percent-decode a path segment (`/goals/%`)
  if (error instanceof URIError) return new AppError(400, 'validation-failed', 'Adressen innehåller en ogiltig procentkodning (%).')
  const httpError = error as { type?: string; status?: number; expose?: boolean }
  if (httpError.type === 'entity.parse.failed') return new AppError(400, 'malformed-json', 'Begäran innehåller inte giltig JSON.')
  if (httpError.type === 'entity.too.large') return new AppError(413, 'payload-too-large', 'Begäran är för stor (högst 1 MB).')
  if (httpError.type === 'charset.unsupported' || httpError.status === 415)
    return new AppError(415, 'unsupported-media-type', 'Skicka JSON i UTF-8 (Content-Type: application/json).')
  // any other body the parser refused as the client's fault: one that does not inflate (Content-Encoding: gzip
  // over plain text), a length that does not match Content-Length, an upload cut off
  if (httpError.status === 400 && httpError.expose)
    return new AppError(400, 'malformed-json', 'Begäran kunde inte läsas som JSON (felaktig komprimering eller längd).')
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2025') return new AppError(404, 'not-found', 'Posten finns inte.')
    if (error.code === 'P2002') return new AppError(409, 'duplicate', 'Det finns redan en post med samma värden.')
    if (error.code === 'P2003') return new AppError(422, 'rule-violated', 'En hänvisning pekar på något som inte finns.')
  }
  if (isDatabaseUnavailable(error)) return serviceUnavailable()
  return new AppError(
    500,
    'internal-error',
    'Något gick fel hos oss. Försök igen; kvarstår felet, kontakta förvaltningen och ange referensen.',
  )
}

/**
 * Connection refused, server shutting down, pool timeout: the database is away, not the request wrong. "is not
 * queryable" is pg's plain Error (no code) for the next query of a transaction whose connection the server has
 * just terminated; "Unable to start a transaction" is Prisma's P2028 when no connection frees up within the
 * transaction's maxWait (resilience/database-outage.test.ts).
 */
function isDatabaseUnavailable(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${(error as Error)?.message ?? ''} ${JSON.stringify((error as { cause?: unknown })?.cause ?? '')}`
  return /ECONNREFUSED|ECONNRESET|57P0[123]|57014|55P03|canceling statement due to (statement|lock) timeout|P1001|P1017|DatabaseNotReachable|ConnectionClosed|Connection terminated|Can't reach database server|Server has closed the connection|is not queryable|Unable to start a transaction in the given time|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i.test(
    text,
  )
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error)
  const reference = (req as { id?: string }).id
  if (appError.status >= 500)
    log.error('request failed', {
      reference,
      method: req.method,
      path: req.path,
      error: error instanceof Error ? error.stack : String(error),
    })
  if (res.headersSent) return
  res
    .status(appError.status)
    .type('application/problem+json')
    .json({
      type: problemType(appError.code),
      title: titles[appError.code] ?? appError.code,
      status: appError.status,
      detail: appError.status === 500 && reference ? `${appError.detail} (referens ${reference})` : appError.detail,
      instance: req.baseUrl + req.path, // without the query string, which may hold anything
      ...appError.extra,
    })
}

export const notFoundHandler: RequestHandler = (req, _res, next) =>
  next(new AppError(404, 'not-found', `Det finns ingen adress ${req.method} ${req.path}.`))
