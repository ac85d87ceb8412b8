// Filtering lists as people type.

/** Case- and accent-insensitive "contains", as people type: "vald" finds "Våld". */
export function matches(text: string, query: string): boolean {
  const fold = (s: string) =>
    s
      .toLocaleLowerCase('sv')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
  return fold(text).includes(fold(query.trim()))
}
