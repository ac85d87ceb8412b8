// The building blocks of the address schemas (app/router.tsx and the features' *-address/-filters modules). They use
// `zod/mini`, which tree-shakes, so that the router — loaded before any page — does not bring zod and the contract's
// schemas into the start page's JavaScript; the pages keep the contract's (classic) schemas.
import { ID_DIGITS, ID_MAX } from '@uppfoljning/contract/limits'
import * as z from 'zod/mini'

// The Content-Security-Policy forbids eval: no compiled object parsers (as contract/src/messages.ts sets for the
// contract's schemas). Set here, before any schema below or in an importer is built.
z.config({ jitless: true })

/** A database id, as the contract's `Id` (its limits, from the zod-free limits module): a positive integer, also written
 * as digits (`/planer/3`, `?period=12`). */
export const Id = z.pipe(
  z.union([
    z.number(),
    z.pipe(
      z.string().check(z.regex(ID_DIGITS)),
      z.transform((digits: string) => Number(digits)),
    ),
  ]),
  z.int().check(z.positive(), z.lte(ID_MAX)),
)

/** `schema`, or undefined when the value is missing or malformed: an address never fails, it falls back. */
export const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined)

/** A database id in the address; anything else (text, 0, a fraction) counts as not given. */
export const searchId = optional(Id)

export { z }
