// Walks a parsed JSON value (a body, a query, path parameters) and names the fields whose text fails a test.
// Iterative, so a body nested 200 000 deep cannot overflow the call stack; paths are built only for hits.

interface Step {
  value: unknown
  key: string
  parent: Step | undefined
}

/**
 * The dot paths (`actions.0.description`, as in a 400) of every string that `bad` flags, in document order, each
 * once. A field *name* that `bad` flags is reported at the path of its object (the name itself is never echoed)
 * and not walked into.
 */
export function fieldsWhere(value: unknown, bad: (text: string) => boolean): string[] {
  const paths = new Set<string>()
  const stack: Step[] = [{ value, key: '', parent: undefined }]
  while (stack.length > 0) {
    const step = stack.pop()!
    const { value } = step
    if (typeof value === 'string') {
      if (bad(value)) paths.add(pathOf(step))
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: String(i), parent: step })
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value)
      if (entries.some(([key]) => bad(key))) paths.add(pathOf(step))
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
