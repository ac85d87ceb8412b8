// The built web app under its real Content-Security-Policy (backend/src/http/security-headers.ts): the start page is
// served with the strict policy, and no page of the app does anything the policy forbids — Chromium reports every
// refused script, style or connection as a `securitypolicyviolation` event, which this test collects.
// (The Jest suite checks the headers of every other answer; it runs before the app is built.)
import { expect, test, type Page } from '@playwright/test'
import { OPK_STATE } from './accounts'

/** Collects the policy violations the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return violations
}

test('the start page is served with the strict policy', async ({ request }) => {
  const response = await request.get('/')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8')
  const header = response.headers()['content-security-policy']
  const policy = Object.fromEntries(
    header.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
  expect(policy).toMatchObject({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
  })
  expect(policy['style-src']).not.toContain("'unsafe-inline'")
  const html = await response.text()
  expect(html).not.toMatch(/<style|\sstyle=|\son\w+=|javascript:/i)
})

test('no page breaks the policy: sign-in, the results views with their charts and map, a report list', async ({ browser }) => {
  test.setTimeout(180_000)
  const page = await (await browser.newContext({ storageState: OPK_STATE })).newPage()
  const violations = await watchViolations(page)
  for (const [path, heading] of [
    ['/', 'Min översikt'],
    ['/resultat', 'Måluppfyllelse'],
    ['/resultat/tackning', 'Täckning'],
    ['/resultat/karta', 'Karta'],
    ['/resultat/utveckling', 'Utveckling'],
    ['/lagesrapporter', 'Lägesrapporter'],
    ['/administration/strategi', 'Administration'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await page.waitForLoadState('networkidle')
  }
  const anonymous = await (await browser.newContext()).newPage()
  const anonymousViolations = await watchViolations(anonymous)
  await anonymous.goto('/logga-in')
  await expect(anonymous.getByRole('heading', { level: 1 })).toBeVisible()
  expect([...violations, ...anonymousViolations]).toEqual([])
})
