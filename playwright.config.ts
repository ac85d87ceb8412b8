// Browser journeys (e2e/) in the Debian Chromium against the real server: built web app, API and an
// embedded PostgreSQL with the demo data in a fresh temporary directory. Run with `npm run test:e2e`
// (it builds first). Never `npx playwright install`: /usr/bin/chromium is the browser (apt-get install chromium).
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'

/** A port nobody listens on right now (asked of the OS), so that parallel runs and a dev server don't collide. */
function freePort(): string {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })
}

// The config is loaded again in every worker: the runner picks ports and the data directory once and the
// workers inherit them through the environment.
if (!process.env.E2E_DATA_DIR) {
  const dir = mkdtempSync(join(tmpdir(), 'uppfoljning-e2e-'))
  // run as root, the embedded PostgreSQL runs as the `postgres` user, which must be able to enter it
  chmodSync(dir, 0o755)
  process.env.E2E_DATA_DIR = dir
  // after the web server has stopped (it is stopped before the runner exits)
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
}
process.env.E2E_PORT ||= freePort()
process.env.E2E_PG_PORT ||= freePort()

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    // without the networking flags Chromium keeps calling Google services from a closed network
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
  },
  projects: [
    // OPK staff signed in once (TOTP codes work once): e2e/opk-session.setup.ts
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'desktop', use: { ...chromium }, dependencies: ['setup'] },
    // the narrowest screen we promise to work on (WCAG 1.4.10 reflow)
    {
      name: 'narrow-320',
      use: { ...chromium, viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
      dependencies: ['setup'],
    },
  ],
  webServer: {
    // always its own embedded database, even when the shell has a DATABASE_URL
    command: 'env -u DATABASE_URL node backend/dist/server.js',
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the server stop its embedded PostgreSQL; a SIGKILL would orphan the postmaster
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: process.env.E2E_PORT,
      DATA_DIR: process.env.E2E_DATA_DIR,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'error',
    },
  },
})
