// Administration by OPK staff (signed in once per run: opk-session.setup.ts): reporting periods, the strategy's
// measures, organisations and users, each section axe-scanned as it opens, with a form open and with errors shown.
// Both projects run at the same time against one database: every name a test creates is its own.
import { expect, test, type Page } from '@playwright/test'
import { OPK_STATE } from './accounts'
import { expectNoAxeViolations } from './axe'

test.use({ storageState: OPK_STATE })
// journeys through several forms, with an axe scan at each step
test.beforeEach(() => test.slow())

/** A name no other test run uses: the project and the moment. */
const unique = (prefix: string, project: string) => `${prefix}${project === 'desktop' ? 'd' : 'n'}${Date.now() % 100_000_000}`

const summary = (page: Page) => page.getByRole('alert', { name: 'Det finns ett problem' })

test('the administration shows its sections as links, each at its own address', async ({ page }) => {
  await page.goto('/administration')
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible()
  await expect(page).toHaveTitle('Administration – Uppföljning – Operation Kvinnofrid')
  const sections = page.getByRole('navigation', { name: 'Administrationens delar' })
  await expect(sections.getByRole('link')).toHaveText(['Strategi', 'Uppföljningsperioder', 'Organisationer', 'Användare'])
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expectNoAxeViolations(page)

  await sections.getByRole('link', { name: 'Användare' }).click()
  await expect(page).toHaveURL('/administration/anvandare')
  await expect(page.getByRole('heading', { level: 2, name: 'Användare' })).toBeVisible()
  await expect(sections.getByRole('link', { name: 'Användare' })).toHaveAttribute('aria-current', 'page')
  await expect(page).toHaveTitle('Användare – Administration – Uppföljning – Operation Kvinnofrid')

  // straight from the address bar too
  await page.goto('/administration/perioder')
  await expect(page.getByRole('heading', { level: 2, name: 'Uppföljningsperioder' })).toBeVisible()
  await page.goto('/administration/okand')
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()

  // in English, the Swedish data stays marked as Swedish
  await page.goto('/administration/strategi')
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Strategy' })).toBeVisible()
  await expect(page.getByRole('table', { name: /The strategy's goals/ }).getByRole('link', { name: 'Förebygga våld' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('OPK staff create a reporting period, open it, and close it after confirming', async ({ page }, testInfo) => {
  const name = unique('P', testInfo.project.name)
  await page.goto('/administration/perioder')
  const table = page.getByRole('table', { name: /Uppföljningsperioder/ })
  await expect(table.getByRole('row', { name: /^2021/ })).toContainText('Stängd')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Ny period' }).click()
  const form = page.getByRole('region', { name: 'Ny uppföljningsperiod' })
  await expect(form.getByRole('heading', { name: 'Ny uppföljningsperiod' })).toBeFocused()
  // the year after the last period is suggested
  await expect(form.getByLabel('Namn')).toHaveValue(/^\d{4}$/)
  await expectNoAxeViolations(page)

  // a deadline before the period starts is refused before anything is sent
  await form.getByLabel('Namn').fill(name)
  await form.getByLabel('Första dag').fill('2030-01-01')
  await form.getByLabel('Sista dag', { exact: true }).fill('2030-12-31')
  await form.getByLabel('Sista dag för rapportering').fill('2029-12-31')
  await form.getByRole('button', { name: 'Skapa perioden' }).click()
  await expect(summary(page)).toBeFocused()
  await expect(summary(page).getByRole('link')).toHaveText(['Sista dag för rapportering kan inte ligga före periodens första dag.'])
  await expect(form.getByLabel('Sista dag för rapportering')).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  await form.getByLabel('Sista dag för rapportering').fill('2031-02-15')
  await form.getByRole('button', { name: 'Skapa perioden' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: `Perioden ${name} sparades.` })).toBeVisible()
  const row = table.getByRole('row', { name: new RegExp(`^${name}`) })
  await expect(row).toContainText('Planerad')
  await expect(row).toContainText('15 februari 2031')

  await row.getByRole('button', { name: `Öppna perioden ${name}` }).click()
  await expect(row).toContainText('Öppen')
  await expect(page.getByRole('status').filter({ hasText: `Perioden ${name} är öppen.` })).toBeVisible()

  await row.getByRole('button', { name: `Stäng perioden ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Stänga perioden ${name}?` })
  await expect(dialog).toContainText('kan uppföljningarna för perioden inte längre ändras')
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Stäng perioden' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText('Stängd')
  await expect(row.getByRole('button', { name: `Öppna perioden ${name}` })).toBeVisible()
})

test('a period changed by someone else meanwhile: the form says so and loads it again', async ({ page }, testInfo) => {
  const name = unique('K', testInfo.project.name)
  await page.goto('/administration/perioder')
  // the period, and later someone else's change to it, come through the API
  const { csrfToken } = await (await page.request.get('/api/v1/auth/session')).json()
  const headers = { 'X-CSRF-Token': csrfToken }
  const [strategy] = (await (await page.request.get('/api/v1/strategies?status=active')).json()).items
  const period = await (
    await page.request.post('/api/v1/reporting-periods', {
      headers,
      data: { strategyId: strategy.id, name, startsOn: '2032-01-01', endsOn: '2032-12-31', deadline: '2033-02-15' },
    })
  ).json()
  await page.reload()
  const row = page.getByRole('table', { name: /Uppföljningsperioder/ }).getByRole('row', { name: new RegExp(`^${name}`) })
  await row.getByRole('button', { name: `Ändra perioden ${name}` }).click()
  const form = page.getByRole('region', { name: `Ändra perioden ${name}` })
  await expect(form.getByLabel('Sista dag för rapportering')).toHaveValue('2033-02-15')

  expect(
    (
      await page.request.patch(`/api/v1/reporting-periods/${period.id}`, {
        headers,
        data: { version: period.version, deadline: '2033-03-01' },
      })
    ).status(),
  ).toBe(200)
  await form.getByLabel('Sista dag för rapportering').fill('2033-02-28')
  await form.getByRole('button', { name: 'Spara' }).click()
  const conflict = page.getByRole('alert', { name: 'Någon annan har ändrat uppgifterna' })
  await expect(conflict).toBeFocused()
  await expect(conflict).toContainText('Någon annan har ändrat uppgifterna sedan du öppnade dem')
  await expectNoAxeViolations(page)

  await conflict.getByRole('button', { name: 'Läs in de senaste uppgifterna' }).click()
  await expect(conflict).toHaveCount(0)
  await expect(form.getByLabel('Sista dag för rapportering')).toHaveValue('2033-03-01')
  await form.getByLabel('Sista dag för rapportering').fill('2033-02-28')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(form).toHaveCount(0)
  await expect(row).toContainText('28 februari 2033')
})

test('OPK staff create a measure with two target groups under a goal', async ({ page }, testInfo) => {
  const code = unique('1.', testInfo.project.name)
  await page.goto('/administration/strategi')
  await expect(page.getByRole('heading', { level: 3, name: 'Regional strategi mot våld i nära relationer 2020–2026' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page
    .getByRole('table', { name: /Strategins mål/ })
    .getByRole('link', { name: 'Förebygga våld' })
    .click()
  await expect(page).toHaveURL(/\/administration\/strategi\?mal=\d+$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Mål 1 Förebygga våld' })).toBeFocused()
  const measures = page.getByRole('table', { name: /Åtgärder under mål 1 / })
  await expect(measures.getByRole('row', { name: /Våldsförebyggande program i skolan/ })).toBeVisible()

  await page.getByRole('button', { name: 'Ny åtgärd' }).click()
  const form = page.getByRole('region', { name: 'Ny åtgärd under mål 1' })
  await expect(form.getByRole('heading', { name: 'Ny åtgärd under mål 1' })).toBeFocused()
  await expectNoAxeViolations(page)

  // nothing filled in: the summary names each missing field and links to it
  await form.getByRole('button', { name: 'Skapa åtgärden' }).click()
  await expect(summary(page)).toBeFocused()
  await expect(summary(page).getByRole('link')).toHaveText(['Ange åtgärdens kod.', 'Ange åtgärden.'])
  await expectNoAxeViolations(page)
  await summary(page).getByRole('link', { name: 'Ange åtgärden.' }).click()
  await expect(form.getByLabel('Åtgärd', { exact: true })).toBeFocused()

  await form.getByLabel('Kod').fill(code)
  await form.getByLabel('Åtgärd', { exact: true }).fill('Stödsamtal för unga i riskzonen')
  await form.getByRole('group', { name: 'Vilka förväntas agera' }).getByLabel('Kommuner').check()
  const targetGroups = form.getByRole('group', { name: 'Målgrupper' })
  await targetGroups.getByLabel('Våldsutsatta vuxna').check()
  await targetGroups.getByLabel('Barn som upplever våld').check()
  await form.getByRole('group', { name: 'Preventionsnivåer' }).getByLabel('Selektiv').check()
  await form.getByLabel('Från år').fill('2025')
  await form.getByLabel('Till år').fill('2026')
  await form.getByRole('button', { name: 'Skapa åtgärden' }).click()

  await expect(form).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: `Åtgärd ${code} sparades.` })).toBeVisible()
  const row = measures.getByRole('row', { name: new RegExp(`^${code.replace('.', '\\.')} Stödsamtal`) })
  await expect(row).toContainText('Våldsutsatta vuxna, Barn som upplever våld')
  await expect(row).toContainText('Kommuner')
  await expect(row).toContainText('2025–2026')

  // the measure was made for this test only: archive it again (after confirming)
  await row.getByRole('button', { name: `Arkivera ${code} Stödsamtal för unga i riskzonen` }).click()
  const dialog = page.getByRole('dialog', { name: `Arkivera åtgärd ${code}?` })
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Arkivera' }).click()
  await expect(row).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: `Åtgärd ${code} arkiverades.` })).toBeVisible()
})

test('the strategy form shows its errors in the summary and beside the fields', async ({ page }) => {
  await page.goto('/administration/strategi')
  await page.getByRole('button', { name: 'Ändra strategin' }).click()
  const form = page.getByRole('region', { name: 'Ändra strategin' })
  await form.getByLabel('Namn').fill('')
  await form.getByLabel('Sista år').fill('2019')
  await form.getByRole('button', { name: 'Spara' }).click()
  await expect(summary(page)).toBeFocused()
  await expect(summary(page).getByRole('link')).toHaveText(['Ange strategins namn.', 'Sista året kan inte ligga före det första.'])
  await expect(form.getByLabel('Sista år')).toHaveAccessibleDescription(/Sista året kan inte ligga före det första\./)
  await expectNoAxeViolations(page)

  // unsaved changes: leaving through a link asks first
  await page.getByRole('navigation', { name: 'Administrationens delar' }).getByRole('link', { name: 'Organisationer' }).click()
  const leave = page.getByRole('dialog', { name: 'Du har ändringar som inte är sparade' })
  await leave.getByRole('button', { name: 'Stanna kvar' }).click()
  await expect(page).toHaveURL('/administration/strategi')
  await expect(form.getByLabel('Sista år')).toHaveValue('2019')
  await form.getByRole('button', { name: 'Avbryt' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Ändra strategin' })).toBeFocused()
})

test('organisations are searched and filtered; a kommunkod in use is refused beside its field', async ({ page }) => {
  await page.goto('/administration/organisationer')
  const table = page.getByRole('table', { name: /Organisationer/ })
  await expect(table.getByRole('row', { name: /Botkyrka kommun/ })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('searchbox', { name: 'Sök' }).fill('botkyrka')
  await expect(table.getByRole('rowheader')).toHaveText(['Botkyrka kommun'])
  await page.getByRole('searchbox', { name: 'Sök' }).fill('')
  await page.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Myndighet' })
  await expect(table.getByRole('rowheader')).toHaveText([
    'Kriminalvården',
    'Länsstyrelsen i Stockholms län',
    'Polismyndigheten – region Stockholm',
    'Åklagarmyndigheten',
  ])
  await expect(table.getByRole('row', { name: /Kriminalvården/ })).toContainText('Myndighet')

  await page.getByRole('button', { name: 'Ny organisation' }).click()
  const form = page.getByRole('region', { name: 'Ny organisation' })
  await expectNoAxeViolations(page)
  await form.getByLabel('Typ').selectOption({ label: 'Kommun' })
  await form.getByLabel('Namn', { exact: true }).fill('Testby kommun')
  await form.getByLabel('Kommunkod').fill('12a')
  await form.getByRole('button', { name: 'Skapa organisationen' }).click()
  await expect(summary(page).getByRole('link')).toHaveText(['Kommunkoden ska vara fyra siffror, till exempel 0127.'])
  await expect(form.getByLabel('Kommunkod')).toHaveAttribute('aria-invalid', 'true')

  // Botkyrka's code: the API refuses it (409), and says so beside the field, in Swedish
  await form.getByLabel('Kommunkod').fill('0127')
  await form.getByRole('button', { name: 'Skapa organisationen' }).click()
  await expect(summary(page)).toBeFocused()
  await expect(summary(page).getByRole('link', { name: 'Kommunkoden används redan.' })).toHaveAttribute('lang', 'sv')
  await expect(form.getByLabel('Kommunkod')).toHaveAccessibleDescription(/Kommunkoden används redan\./)
  await expectNoAxeViolations(page)
})

test('OPK staff create a coordinator for an organisation and disable the account after confirming', async ({ page }, testInfo) => {
  const login = unique('samordnare-', testInfo.project.name)
  const email = `${login}@test.uppfoljning.se`
  const name = `Sam Samordnare ${login.slice(-6)}`
  await page.goto('/administration/anvandare')
  const table = page.getByRole('table', { name: /Användare/ })
  await expect(table.getByRole('row', { name: /Olivia OPK/ })).toContainText('På')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Ny användare' }).click()
  const form = page.getByRole('region', { name: 'Ny användare' })
  await form.getByRole('button', { name: 'Skapa användaren' }).click()
  await expect(summary(page)).toBeFocused()
  await expect(summary(page).getByRole('link')).toHaveText(['Ange e-postadressen.', 'Ange användarens namn.', 'Välj en roll.'])
  await expectNoAxeViolations(page)

  await form.getByLabel('E-postadress').fill(email)
  await form.getByLabel('Namn').fill(name)
  await form.getByLabel('Roll').selectOption({ label: 'Samordnare' })
  // a coordinator needs an organisation
  await form.getByRole('button', { name: 'Skapa användaren' }).click()
  await expect(summary(page).getByRole('link')).toHaveText(['Välj minst en organisation som samordnaren arbetar för.'])
  const organisations = form.getByRole('group', { name: 'Organisationer' })
  await organisations.getByRole('searchbox', { name: 'Sök i listan' }).fill('hudd')
  await organisations.getByRole('checkbox', { name: 'Huddinge kommun' }).check()
  await expect(organisations).toContainText('1 organisation vald.')
  await expectNoAxeViolations(page)
  await form.getByRole('button', { name: 'Skapa användaren' }).click()

  await expect(form).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: `${name} sparades.` })).toBeVisible()
  const row = table.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText('Samordnare')
  await expect(row).toContainText('Huddinge kommun')
  await expect(row).toContainText('Aldrig')
  await expect(row).toContainText('Av')

  await row.getByRole('button', { name: `Inaktivera ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Inaktivera ${name}?` })
  await expect(dialog).toContainText('Användaren loggas ut direkt')
  await expectNoAxeViolations(page)
  // cancelling changes nothing
  await dialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toBeVisible()
  await row.getByRole('button', { name: `Inaktivera ${name}` }).click()
  await dialog.getByRole('button', { name: 'Inaktivera' }).click()

  await expect(page.getByRole('status').filter({ hasText: `${name} inaktiverades.` })).toBeVisible()
  await expect(row).toHaveCount(0)
  await page.getByLabel('Visa även inaktiverade').check()
  await expect(row).toContainText('Inaktiverad')
  await expect(row.getByRole('button', { name: `Aktivera ${name}` })).toBeVisible()
})
