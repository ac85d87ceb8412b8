import { db } from '../db/prisma'
import { AppError } from '../errors'
import { api, expectProblem } from '../test/api'
import { unique } from '../test/factories'
import { personalDataFields, rejectPersonalData } from './personal-data'

const pn = '640823-3234'
const sn = '701063-2391'

describe('personalDataFields', () => {
  it.each([
    ['nothing in a clean body', { name: 'Socialtjänsten', description: 'Utbildning 2024-03-15, tel. 08-123 456 78' }, []],
    ['a top-level field', { name: `Enhet ${pn}` }, ['name']],
    ['a nested field', { plan: { title: 'Plan', owner: { note: `Kontakt ${sn}` } } }, ['plan.owner.note']],
    ['array items by index', { lines: ['ok', `rad ${pn}`, 'ok', pn] }, ['lines.1', 'lines.3']],
    ['objects in arrays', { actions: [{ title: 'A' }, { title: 'B', description: `x ${pn}` }] }, ['actions.1.description']],
    ['every field, in document order', { b: pn, a: { c: sn }, d: [pn] }, ['b', 'a.c', 'd.0']],
    ['a bare string body', `text ${pn}`, ['']],
    ['not numbers, booleans or null', { amount: 6408233234, flag: true, none: null }, []],
    ['not an organisationsnummer', { name: 'AB 556016-0680' }, []],
    ['nothing in undefined', undefined, []],
    // as people really type it (contract/src/personnummer.test.ts has the properties)
    ['full-width digits', { note: 'Kontakt ６４０８２３－３２３４' }, ['note']],
    ['Arabic-Indic digits', { note: '٦٤٠٨٢٣-٣٢٣٤' }, ['note']],
    ['a zero-width space and a soft hyphen inside', { note: '6408\u200b23-32\u00ad34' }, ['note']],
    ['space, dash, space; a slash; a line break', { a: '640823 - 3234', b: '640823/3234', c: '640823\n3234' }, ['a', 'b', 'c']],
    ['a letter O for a zero', { note: '64O823-3234' }, ['note']],
    ['not the same with a wrong check digit', { a: '６４０８２３－３２３５', b: '64O823 - 3235', c: '6408\u200b23-3235' }, []],
  ])('%s', (_case, body, paths) => {
    expect(personalDataFields(body)).toEqual(paths)
  })

  it('a field name holding one is reported at its object, without the name', () => {
    expect(personalDataFields({ meta: { [pn]: 'x', other: sn } })).toEqual(['meta'])
    expect(personalDataFields({ [pn]: 1 })).toEqual([''])
  })

  it('walks a body nested 200 000 deep without overflowing the stack', () => {
    let body: unknown = pn
    for (let i = 0; i < 200_000; i++) body = [body]
    const paths = personalDataFields(body)
    expect(paths).toHaveLength(1)
    expect(paths[0].split('.')).toHaveLength(200_000)
  })

  it('checks a 1 MB body of near-misses quickly', () => {
    const body: unknown = JSON.parse(
      JSON.stringify({ items: Array.from({ length: 10_000 }, () => '640823-3235 556016-0680 2024-03-15 '.repeat(3)) }),
    )
    const started = performance.now()
    expect(personalDataFields(body)).toEqual([])
    // linear work takes ~30 ms; the bound leaves room for a loaded machine and still catches super-linear scans
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})

describe('rejectPersonalData', () => {
  it('lets a clean body through', () => {
    expect(() => rejectPersonalData({ name: 'Kvinnofridslinjen 020-50 50 50' })).not.toThrow()
  })

  it('throws 422 personal-data naming every field, and never the value', () => {
    let error: unknown
    try {
      rejectPersonalData({ name: `Enhet ${pn}`, notes: ['ok', sn] })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    const appError = error as AppError
    expect({ status: appError.status, code: appError.code }).toEqual({ status: 422, code: 'personal-data' })
    expect(appError.detail).toContain('name, notes.1')
    expect(appError.extra.errors).toEqual([
      {
        path: 'name',
        message:
          'Fältet innehåller ett personnummer eller samordningsnummer. Ta bort det – systemet får inte innehålla uppgifter om enskilda personer.',
      },
      { path: 'notes.1', message: expect.any(String) },
    ])
    expect(JSON.stringify({ detail: appError.detail, ...appError.extra })).not.toMatch(/640823|701063/)
  })

  it('names the one field in the detail', () => {
    expect(() => rejectPersonalData({ name: pn })).toThrow('Fältet name innehåller ett personnummer eller samordningsnummer.')
  })
})

describe('POST /api/v1/organisations with a personnummer', () => {
  it('422: names the field, echoes and logs nothing of the value, writes nothing', async () => {
    const before = await db().organisation.count()
    const written: string[] = []
    const spies = [process.stdout, process.stderr].map((stream) =>
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true)),
    )
    try {
      const res = await api().post('/api/v1/organisations').send({ kind: 'authority', name: 'Enhet 640823-3234' })
      expectProblem(res, 422, 'personal-data', ['name'])
      expect(res.body.title).toBe('Personuppgifter')
      expect(res.text).not.toContain('640823')
    } finally {
      spies.forEach((spy) => spy.mockRestore())
    }
    expect(written.join('')).not.toContain('640823')
    expect(await db().organisation.count()).toBe(before)
  })

  it('422 for a number typed with full-width digits, an invisible character and two separators; nothing written', async () => {
    const before = await db().organisation.count()
    const res = await api().post('/api/v1/organisations').send({ kind: 'authority', name: 'Enhet ６４０８\u200b２３ - ３２３４' })
    expectProblem(res, 422, 'personal-data', ['name'])
    expect(await db().organisation.count()).toBe(before)
  })

  it('201: an organisationsnummer is not a personnummer', async () => {
    const name = `Enhet ${unique()} 556016-0680`
    const res = await api().post('/api/v1/organisations').send({ kind: 'authority', name })
    expect(res.status).toBe(201)
    expect(await db().organisation.findUnique({ where: { id: res.body.id } })).toMatchObject({ name })
  })
})
