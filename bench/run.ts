// npm run bench: the app reads its configuration when first imported, so the benchmark's settings are made here,
// before bench/benchmark.ts (and through it the backend) is loaded: no logs, SQL statements counted, production mode;
// and the contract is read from its sources (bench/contract-source.ts).
process.env.NODE_ENV = 'production'
process.env.LOG_LEVEL = 'silent'
process.env.COUNT_QUERIES = 'true'

// required, not imported: imports would be hoisted above the settings
require('./contract-source')
require('./benchmark')
