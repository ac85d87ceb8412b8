// npm run bench: the app reads its configuration when first imported, so the benchmark's settings are made here,
// before bench/benchmark.ts (and through it the backend) is loaded: no logs, SQL statements counted, production mode.
process.env.NODE_ENV = 'production'
process.env.LOG_LEVEL = 'silent'
process.env.COUNT_QUERIES = 'true'

require('./benchmark')
