// Text PostgreSQL cannot store. A NUL character (U+0000) is refused by every text and jsonb column, so an
// insert holding one failed as a 500; a lone UTF-16 surrogate would be silently replaced by U+FFFD on the
// way to the database. Both are refused up front as a 400 naming the fields (found by http/fuzz.test.ts).
import { badRequest } from '../errors'
import { fieldsWhere } from './json-fields'

const message = 'Texten innehåller ett tecken som inte kan sparas (NUL-tecken eller ett ofullständigt Unicode-tecken).'

/** NUL, or half of a surrogate pair (with the u flag a well-formed pair is one code point and does not match). */
const unstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text)

/** Throws 400 validation-failed naming every field (in params, query or body) that holds unstorable text. */
export function rejectUnstorableText(input: unknown): void {
  const paths = fieldsWhere(input, unstorable)
  if (paths.length > 0)
    throw badRequest(
      `${paths.length} fält har ogiltiga värden.`,
      paths.map((path) => ({ path, message })),
    )
}
