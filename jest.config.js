/** One Jest run for the whole repository: the backend and contract against a real PostgreSQL
 * (backend/src/test/global-setup.ts), the web app's components in jsdom. */
/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/backend/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/backend/src/test/global-teardown.ts',
  maxWorkers: 2,
  // generous: a loaded CI machine is slow, and no test here measures speed (benchmarks do)
  testTimeout: 60000,
  projects: [
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/backend/src', '<rootDir>/contract/src', '<rootDir>/tools'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/backend/tsconfig.test.json' }] },
      moduleNameMapper: { '^@uppfoljning/contract$': '<rootDir>/contract/src' },
      setupFiles: ['<rootDir>/backend/src/test/worker-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/backend/src/test/after-all.ts'],
    },
    {
      displayName: 'frontend',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/frontend/src'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/frontend/test/setup.ts'],
      transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/frontend/tsconfig.test.json' }] },
      moduleNameMapper: {
        '\\.css$': '<rootDir>/frontend/test/style-stub.js',
        '^@/(.*)$': '<rootDir>/frontend/src/$1',
        '^@uppfoljning/contract/(.*)$': '<rootDir>/contract/src/$1',
        '^@uppfoljning/contract$': '<rootDir>/contract/src',
      },
    },
  ],
}
