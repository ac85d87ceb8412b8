import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** The budget for the JavaScript a first visit loads before any page chunk (the web-app issue: 250 kB gzip). */
const INITIAL_JS_BUDGET_KB = 250

/**
 * Prints the gzip size of the start page's initial JavaScript — the entry chunk and everything it imports
 * statically — and fails the build above the budget.
 */
function initialJsBudget(): Plugin {
  return {
    name: 'initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
      const entry = chunks.find((chunk) => chunk.isEntry)
      if (!entry) return
      const seen = new Set<string>()
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return
        seen.add(fileName)
        const chunk = chunks.find((c) => c.fileName === fileName)
        chunk?.imports.forEach(visit)
      }
      visit(entry.fileName)
      const bytes = [...seen].reduce((sum, fileName) => sum + gzipSync(chunks.find((c) => c.fileName === fileName)!.code).length, 0)
      const kb = bytes / 1024
      console.log(
        `\nInitial JavaScript of the start page: ${kb.toFixed(1)} kB gzip in ${seen.size} file(s) (budget ${INITIAL_JS_BUDGET_KB} kB)`,
      )
      if (kb > INITIAL_JS_BUDGET_KB)
        this.error(`Initial JavaScript ${kb.toFixed(1)} kB gzip is over the budget of ${INITIAL_JS_BUDGET_KB} kB`)
    },
  }
}

export default defineConfig({
  plugins: [react(), initialJsBudget()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // the contract's TypeScript sources, so the web app never depends on a built contract
      '@uppfoljning/contract': fileURLToPath(new URL('../contract/src', import.meta.url)),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
})
