/**
 * `npm run test:resilience`: the app as real processes (node, embedded PostgreSQL) on 127.0.0.1, killed,
 * cut off from its database, soaked and doubled. One file at a time: each scenario needs both cores.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/resilience'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/resilience/tsconfig.json' }] },
  moduleNameMapper: { '^@uppfoljning/contract$': '<rootDir>/contract/src' },
  maxWorkers: 1,
  testTimeout: 120_000,
  verbose: true,
}
