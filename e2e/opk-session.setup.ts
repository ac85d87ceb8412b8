// Signs OPK staff in once per run (password and TOTP, through the API) and saves the session for the specs
// that work as OPK staff: a TOTP code works once per 30-second step, so parallel sign-ins would refuse each other.
// Specs use it with `test.use({ storageState: OPK_STATE })` and must never sign out with it.
import { expect, test as setup } from '@playwright/test'
import { accounts, DEMO_PASSWORD, OPK_STATE, OPK_TOTP_SECRET, totpCode } from './accounts'

setup('OPK staff signs in', async ({ request }) => {
  const login = await request.post('/api/v1/auth/login', { data: { email: accounts.opk, password: DEMO_PASSWORD } })
  expect((await login.json()).stage).toBe('totp-required')
  const { csrfToken } = await (await request.get('/api/v1/auth/session')).json()
  const verify = await request.post('/api/v1/auth/totp/verify', {
    data: { code: totpCode(OPK_TOTP_SECRET) },
    headers: { 'X-CSRF-Token': csrfToken },
  })
  expect((await verify.json()).stage).toBe('signed-in')
  await request.storageState({ path: OPK_STATE })
})
