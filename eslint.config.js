// One lint configuration for the whole repository (ESLint flat config). It holds the conventions that reviews
// kept finding by hand: TypeScript's recommended rules, the rules of hooks, accessible JSX, and the boundary of
// bulletproof-react — a feature never imports another feature; routes (frontend/src/app) compose them.
const { readdirSync } = require('node:fs')
const { join } = require('node:path')
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const reactHooks = require('eslint-plugin-react-hooks')
const jsxA11y = require('eslint-plugin-jsx-a11y')
const globals = require('globals')

const FEATURES = join(__dirname, 'frontend/src/features')
const features = readdirSync(FEATURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** For each feature: importing any other feature (by alias or by a relative path out of its folder) is an error. */
const featureBoundaries = features.map((feature) => ({
  files: [`frontend/src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
            message:
              'A feature does not import another feature: move the shared part to src/api, src/components or src/lib, or compose in src/app.',
          },
          {
            group: features
              .filter((other) => other !== feature)
              .flatMap((other) => [`../**/features/${other}/**`, `../../${other}/**`, `../../../${other}/**`]),
            message: 'A feature does not import another feature.',
          },
        ],
      },
    ],
  },
}))

module.exports = tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'backend/src/generated/**',
      'tools/prisma6/.schema6/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // unused names are errors, except the deliberately ignored `_name`
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': ['error', { selector: 'DebuggerStatement', message: 'No debugger statements.' }],
      // TypeScript's `import x = require('…')` is how CommonJS code imports a module that has no default export
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['frontend/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['frontend/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // a scrolling table box is a labelled region that keyboard users must be able to reach and scroll (WCAG 2.1.1)
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    // tests read untyped answers (supertest bodies, JSON fixtures) and may say so
    // and tools/prisma6 patches Prisma 6's untyped adapter internals
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'resilience/**', 'bench/**', 'backend/src/test/**', 'tools/prisma6/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  ...featureBoundaries,
)
