// Test database names: a migrated template and one copy per Jest worker.

/** Jest workers in a run (jest.config.js sets maxWorkers to the same number). */
export const WORKERS = 2

/** The URL of a test database on the given server: `<db>_uppf_test_<worker>`. */
export function workerDatabaseUrl(serverUrl: string, worker: number | 'template'): string {
  const url = new URL(serverUrl)
  const base = url.pathname.slice(1) || 'postgres'
  url.pathname = `/${base}_uppf_test_${worker}`
  return url.toString()
}
