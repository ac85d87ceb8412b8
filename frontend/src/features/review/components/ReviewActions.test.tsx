// Godkänn and Återsänd on a submitted follow-up: what is sent, what is announced, and every way it can fail.
// Only `fetch` is stubbed (test/fake-api.ts).
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { FollowUp } from '@uppfoljning/contract'
import { fakeApi, ok, problem, type FakeApi } from '../../../../test/fake-api'
import { followUp } from '../../../../test/fixtures'
import { renderWithQueries } from '../../../../test/render'
import { ReviewActions } from './ReviewActions'

// as the API answers a reviewer: a submitted follow-up in an open period may be approved or returned
const submitted = followUp(7, {
  version: 3,
  state: 'submitted',
  can: { edit: false, submit: false, approve: true, return: true, comment: true, archive: false, reopen: false },
})

let api: FakeApi
beforeEach(() => {
  api = fakeApi({
    'POST /follow-ups/7/approve': ok({ ...submitted, version: 4, state: 'approved' } satisfies FollowUp),
    'POST /follow-ups/7/return': ({ body }) =>
      ok({ ...submitted, version: 4, state: 'returned', reviewComment: (body as { comment: string }).comment } satisfies FollowUp),
  })
})
afterEach(() => api.restore())

const renderActions = (row: FollowUp = submitted) => renderWithQueries(<ReviewActions followUp={row} title="Skyddat boende" />)
const approveButton = () => screen.getByRole('button', { name: 'Godkänn' })
const returnButton = () => screen.getByRole('button', { name: 'Återsänd' })
const comment = () => screen.getByRole('textbox', { name: 'Kommentar till organisationen' })
const write = (text: string) => fireEvent.change(comment(), { target: { value: text } })
/** where the outcome is shown; the focus moves there */
const outcome = () => screen.getByRole('status').parentElement!

describe('approving', () => {
  it('sends the version it was read at and announces the approval, moving the focus to it', async () => {
    renderActions()
    fireEvent.click(approveButton())
    expect(await screen.findByText('Uppföljningen av ”Skyddat boende” är godkänd.')).toBeTruthy()
    expect(screen.getByRole('status')).toHaveTextContent('Uppföljningen av ”Skyddat boende” är godkänd.')
    await waitFor(() => expect(outcome()).toHaveFocus())
    expect(api.sent('POST /follow-ups/7/approve').map((r) => r.body)).toEqual([{ version: 3 }])
  })

  it('says someone else got there first when the API answers 409', async () => {
    api.on('POST /follow-ups/7/approve', problem(409, 'Uppföljningen har ändrats av någon annan.', { currentVersion: 4 }))
    renderActions()
    fireEvent.click(approveButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Någon annan har hunnit före')
    await waitFor(() => expect(outcome()).toHaveFocus())
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it("shows the API's own reason (Swedish) when it refuses with 422", async () => {
    api.on('POST /follow-ups/7/approve', problem(422, 'Perioden är stängd: uppföljningen kan inte granskas.'))
    renderActions()
    fireEvent.click(approveButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Granskningen kunde inte sparas')
    expect(within(alert).getByText('Perioden är stängd: uppföljningen kan inte granskas.')).toHaveAttribute('lang', 'sv')
  })
})

describe('returning', () => {
  it('requires a comment: error summary, the message beside the field, nothing sent', async () => {
    renderActions()
    write('   ')
    fireEvent.click(returnButton())
    // react-hook-form checks asynchronously: the summary comes a moment after the click
    const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
    expect(summary).toHaveFocus()
    expect(comment()).toHaveAccessibleDescription(/Skriv en kommentar om vad som behöver kompletteras\./)
    expect(comment()).toHaveAttribute('aria-invalid', 'true')
    fireEvent.click(within(summary).getByRole('link', { name: 'Skriv en kommentar om vad som behöver kompletteras.' }))
    expect(comment()).toHaveFocus()
    expect(api.requests).toHaveLength(0)
  })

  it('does not send a comment holding a personnummer', async () => {
    renderActions()
    write('Ring 640823-3234 om ärendet.')
    expect(comment()).toHaveAccessibleDescription(/innehåller ett personnummer eller samordningsnummer/)
    fireEvent.click(returnButton())
    expect(await screen.findByRole('alert', { name: 'Det finns ett problem' })).toHaveTextContent(
      'Ta bort personnumret eller samordningsnumret ur kommentaren.',
    )
    expect(api.requests).toHaveLength(0)
  })

  it('sends the trimmed comment with the version, announces it and empties the field', async () => {
    renderActions()
    write('  Beskriv resultaten för 2026.  ')
    fireEvent.click(returnButton())
    expect(await screen.findByText('Uppföljningen av ”Skyddat boende” är återsänd med din kommentar.')).toBeTruthy()
    expect(api.sent('POST /follow-ups/7/return').map((r) => r.body)).toEqual([{ version: 3, comment: 'Beskriv resultaten för 2026.' }])
    expect(comment()).toHaveValue('')
    await waitFor(() => expect(outcome()).toHaveFocus())
  })

  it("puts the API's field error (422 on the comment) beside the field, marked as Swedish", async () => {
    api.on(
      'POST /follow-ups/7/return',
      problem(422, 'Ogiltig kommentar.', { errors: [{ path: 'comment', message: 'Kommentaren får vara högst 5000 tecken.' }] }),
    )
    renderActions()
    write('Komplettera.')
    fireEvent.click(returnButton())
    const summary = await screen.findByRole('alert', { name: 'Det finns ett problem' })
    expect(within(summary).getByRole('link', { name: 'Kommentaren får vara högst 5000 tecken.' })).toHaveAttribute('lang', 'sv')
    expect(comment()).toHaveAccessibleDescription(/Kommentaren får vara högst 5000 tecken\./)
  })

  it('says someone else got there first when the API answers 409', async () => {
    api.on('POST /follow-ups/7/return', problem(409, 'Uppföljningen har ändrats av någon annan.', { currentVersion: 4 }))
    renderActions()
    write('Komplettera.')
    fireEvent.click(returnButton())
    expect(await screen.findByRole('alert')).toHaveTextContent('Någon annan har hunnit före')
    // the comment stays, to be sent again after a look at the new version
    expect(comment()).toHaveValue('Komplettera.')
  })

  it('asks before leaving the page with a comment not sent', async () => {
    const { router } = renderActions()
    write('Komplettera.')
    act(() => router.history.push('/oversikt'))
    const dialog = await screen.findByRole('dialog', { name: 'Du har ändringar som inte är sparade' })
    expect(router.history.location.pathname).not.toBe('/oversikt')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(comment()).toHaveValue('Komplettera.')
  })
})

it('offers neither step on a follow-up that is not submitted', () => {
  renderActions(followUp(7, { state: 'draft', submittedAt: null }))
  expect(screen.getByText('Uppföljningen är inte inskickad och kan inte granskas nu.')).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Godkänn' })).toBeNull()
  expect(screen.queryByRole('button', { name: 'Återsänd' })).toBeNull()
})
