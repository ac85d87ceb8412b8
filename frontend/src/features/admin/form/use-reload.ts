import { useState } from 'react'

/**
 * After a 409 version-conflict: fetch the row as now stored and hand it to `loaded` (which starts the form
 * over from it, with its new version). `failed` gets the error when even that fails.
 */
export function useReload<Row>(load: () => Promise<Row>, loaded: (row: Row) => void, failed: (error: unknown) => void) {
  const [reloading, setReloading] = useState(false)
  const reload = () => {
    if (reloading) return
    setReloading(true)
    load()
      .then(loaded, failed)
      .finally(() => setReloading(false))
  }
  return { reload, reloading }
}
