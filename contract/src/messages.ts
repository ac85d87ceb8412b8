// Swedish validation messages in plain language, for every schema on both sides. zod's own Swedish
// locale ("förväntade string att ha >=1 tecken") is the fallback for anything not covered here.
import { z } from 'zod'

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'sant eller falskt',
  array: 'en lista',
  object: 'ett objekt',
  date: 'ett datum',
}

const formats: Record<string, string> = {
  date: 'Ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-15.',
  datetime: 'Ange en tidpunkt i ISO-format, t.ex. 2025-03-15T10:00:00Z.',
  email: 'Ange en giltig e-postadress.',
  url: 'Ange en giltig adress (URL).',
}

const swedishMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Uppgiften saknas.'
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'Ange ett tal.' // NaN, ±Infinity
      return `Ska vara ${typeNames[issue.expected] ?? issue.expected}.`
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'Fältet får inte vara tomt.' : `Minst ${issue.minimum} tecken.`
      if (issue.origin === 'array') return `Välj minst ${issue.minimum}.`
      return issue.inclusive === false ? `Ska vara större än ${issue.minimum}.` : `Lägsta tillåtna värde är ${issue.minimum}.`
    case 'too_big':
      if (issue.origin === 'string') return `Högst ${issue.maximum} tecken.`
      if (issue.origin === 'array') return `Högst ${issue.maximum} stycken.`
      return issue.inclusive === false ? `Ska vara mindre än ${issue.maximum}.` : `Högsta tillåtna värde är ${issue.maximum}.`
    case 'invalid_value':
      return `Välj ett av: ${issue.values.map(String).join(', ')}.`
    case 'invalid_format':
      return formats[issue.format] ?? undefined
    case 'unrecognized_keys':
      return `Okänt fält: ${issue.keys.join(', ')}.`
    case 'invalid_union': {
      if (issue.input === undefined) return 'Uppgiften saknas.'
      // the branch of the right type says what is wrong with the value (e.g. an id written with letters)
      const typed = issue.errors.flat().find((branch) => branch.code !== 'invalid_type')
      return typed?.message ?? 'Värdet har fel form.'
    }
    case 'not_multiple_of':
      return 'Ange ett heltal.'
    default:
      return undefined
  }
}

z.config(z.locales.sv())
z.config({ customError: swedishMessage })

// In the browser the Content-Security-Policy forbids eval: zod would compile its object parsers with `new Function`,
// and even its probe for that is reported as a violation. Set here, before any schema is built (index.ts imports this
// module first); the server keeps them. The web app's address schemas (zod/mini, loaded before the contract) set the
// same global in frontend/src/lib/search-schema.ts.
if ('window' in globalThis) z.config({ jitless: true })
