// The demo accounts (README.md, "Demo accounts") and signing in the way a person does: through the form.
import { createHmac } from 'node:crypto'
import { expect, type Browser, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'Demo-2025!uppf'

export const accounts = {
  botkyrka: 'botkyrka@demo.uppfoljning.se',
  huddinge: 'huddinge@demo.uppfoljning.se',
  polisen: 'polisen@demo.uppfoljning.se',
  steeringGroup: 'styrgrupp@demo.uppfoljning.se',
  opk: 'opk@demo.uppfoljning.se',
} as const

/** The signed-in OPK staff session, saved once per run by opk-session.setup.ts (`test.use({ storageState: OPK_STATE })`). */
export const OPK_STATE = 'e2e/.auth/opk.json'

/** The demo OPK account's TOTP secret (base32). */
export const OPK_TOTP_SECRET = 'JBSWY3DPEHPK3PXP'

/** Fills in and sends the sign-in form (the page must show it). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('E-postadress').fill(email)
  await page.getByLabel('Lösenord', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Logga in', exact: true }).click()
}

/** Signs in through the form, asked to return to `path`, and waits until it is there. */
export async function signInAt(page: Page, email: string, path: string) {
  await page.goto(`/logga-in?returnTo=${encodeURIComponent(path)}`)
  await submitSignIn(page, email)
  await expect(page).toHaveURL(path)
}

/** A new browser context of its own, signed in as `email`, at `path`. */
export async function signedIn(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signInAt(page, email, path)
  return page
}

/** Signs in through the form and waits for the start page ("Min översikt"). */
export async function signIn(page: Page, email: string) {
  await page.goto('/logga-in')
  await submitSignIn(page, email)
  await expect(page.getByRole('heading', { level: 1, name: 'Min översikt' })).toBeVisible()
}

function fromBase32(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const bits = [...text.replace(/=+$/, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('')
  const bytes: number[] = []
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2))
  return Buffer.from(bytes)
}

/** The code an authenticator app shows at `time` (RFC 6238: SHA-1, 6 digits, 30 s). */
export function totpCode(secret: string, time = Date.now()): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30_000)))
  const hmac = createHmac('sha1', fromBase32(secret)).update(counter).digest()
  const offset = hmac[hmac.length - 1] & 0xf
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}
