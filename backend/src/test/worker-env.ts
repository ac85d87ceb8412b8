// Runs in each Jest worker before its test files: point the app at this worker's own database.
import { workerDatabaseUrl } from './databases'

process.env.NODE_ENV = 'test'
process.env.LOG_LEVEL ??= 'silent'
process.env.DATABASE_URL = workerDatabaseUrl(process.env.TEST_SERVER_URL!, Number(process.env.JEST_WORKER_ID ?? 1))
