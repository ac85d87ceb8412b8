/** One Jest run for the whole repository against a real PostgreSQL (backend/src/test/global-setup.ts). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/backend/src', '<rootDir>/contract/src', '<rootDir>/tools'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/backend/tsconfig.test.json' }] },
  moduleNameMapper: { '^@uppfoljning/contract$': '<rootDir>/contract/src' },
  globalSetup: '<rootDir>/backend/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/backend/src/test/global-teardown.ts',
  setupFiles: ['<rootDir>/backend/src/test/worker-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/backend/src/test/after-all.ts'],
  maxWorkers: 2,
  testTimeout: 20000,
}
