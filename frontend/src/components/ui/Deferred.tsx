import { useDeferredValue, type ReactNode } from 'react'

/**
 * Shows `children` from the render after the first: React renders them in the background and yields to the browser
 * between components, so the lower parts of a long page (a report's tables, the lists below a results table) don't
 * hold the main thread while the top is painted. Use it only for content below the fold: it appears a moment later.
 */
export function Deferred({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false)
  return ready ? children : null
}
