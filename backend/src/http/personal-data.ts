// No personnummer in any free text the API receives (docs/domain.md, "Personnummer check"). The value itself
// is never logged or echoed: the answer names the fields, nothing more.
import { findPersonnummer, personnummerMessage } from '@uppfoljning/contract'
import { AppError } from '../errors'
import { fieldsWhere } from './json-fields'

/**
 * The dot paths (`actions.0.description`, as in a 400) of every string in a parsed JSON body that holds a
 * personnummer or samordningsnummer, in document order, each once. A field *name* holding one is reported at
 * the path of its object (the name itself must not be echoed) and not walked into.
 */
export const personalDataFields = (body: unknown): string[] => fieldsWhere(body, (text) => findPersonnummer(text).length > 0)

/** Throws 422 `personal-data`, naming every field that holds a personnummer or samordningsnummer. */
export function rejectPersonalData(body: unknown): void {
  const paths = personalDataFields(body)
  if (paths.length === 0) return
  const named = paths.map((path) => path || '(hela begäran)')
  const detail =
    paths.length === 1
      ? `Fältet ${named[0]} innehåller ett personnummer eller samordningsnummer. Systemet får inte innehålla uppgifter om enskilda personer.`
      : `${paths.length} fält innehåller personnummer eller samordningsnummer: ${named.join(', ')}. Systemet får inte innehålla uppgifter om enskilda personer.`
  throw new AppError(422, 'personal-data', detail, { errors: paths.map((path) => ({ path, message: personnummerMessage })) })
}
