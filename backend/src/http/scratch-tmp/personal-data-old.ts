// No personnummer in any free text the API receives (docs/domain.md, "Personnummer check"). The value itself
// is never logged or echoed: the answer names the fields, nothing more.
import { findPersonnummer, personnummerMessage } from '@uppfoljning/contract'
import { AppError } from '../../errors'

interface Step {
  value: unknown
  key: string
  parent: Step | undefined
}

/**
 * The dot paths (`actions.0.description`, as in a 400) of every string in a parsed JSON body that holds a
 * personnummer or samordningsnummer, in document order, each once. A field *name* holding one is reported at
 * the path of its object (the name itself must not be echoed) and not walked into. Walks with its own stack,
 * so a deeply nested body cannot overflow the call stack; paths are built only for the fields found.
 */
export function personalDataFields(body: unknown): string[] {
  const paths = new Set<string>()
  const stack: Step[] = [{ value: body, key: '', parent: undefined }]
  while (stack.length > 0) {
    const step = stack.pop()!
    const { value } = step
    if (typeof value === 'string') {
      if (findPersonnummer(value).length > 0) paths.add(pathOf(step))
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: String(i), parent: step })
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value)
      if (entries.some(([key]) => findPersonnummer(key).length > 0)) paths.add(pathOf(step))
      else for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], key: entries[i][0], parent: step })
    }
  }
  return [...paths]
}

function pathOf(step: Step): string {
  const keys: string[] = []
  for (let s: Step | undefined = step; s?.parent; s = s.parent) keys.push(s.key)
  return keys.reverse().join('.')
}

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
