// `can` of reports against a real PostgreSQL: what each kind of reader (anonymous too) is told they may do with a
// draft, an archived draft and an approved report, and that the flag and the write agree for every write.
import type { ReportCan } from '@uppfoljning/contract'
import { api } from '../../test/api'
import { makeGoal, makePeriod, makeStrategy } from '../../test/factories'
import { makeUser, type TestSession } from '../../test/users'

type Kind = 'draft' | 'archived' | 'approved'
type Who = 'anonymous' | 'opk' | 'steering' | 'coordinator'
const KINDS: Kind[] = ['draft', 'archived', 'approved']
const base = '/api/v1/reports'

let strategyId: number
let callers: Record<Who, TestSession | 'anonymous' | 'opk' | 'steering'>
beforeAll(async () => {
  strategyId = (await makeStrategy()).id
  await makeGoal({ strategyId })
  callers = { anonymous: 'anonymous', opk: 'opk', steering: 'steering', coordinator: await makeUser('coordinator') }
})

/** A new report of a new period: a draft with a summary (so that approving it meets its content rules), archived or approved. */
async function report(kind: Kind) {
  const period = await makePeriod({ strategyId })
  const draft = (await api('opk').post(base).send({ periodId: period.id, title: 'Lägesrapport' })).body
  const edited = (await api('opk').patch(`${base}/${draft.id}`).send({ version: draft.version, summary: 'Arbetet går framåt.' })).body
  if (kind === 'archived') return (await api('opk').post(`${base}/${draft.id}/archive`)).body
  if (kind === 'approved') return (await api('steering').post(`${base}/${draft.id}/approve`).send({ version: edited.version })).body
  return edited
}

const none: ReportCan = { edit: false, refresh: false, approve: false, archive: false }
const expected: Record<Who, Record<Kind, ReportCan | 404>> = {
  // anonymous readers see published reports only, and may do nothing with them
  anonymous: { draft: 404, archived: 404, approved: none },
  opk: { draft: { edit: true, refresh: true, approve: false, archive: true }, archived: { ...none, archive: true }, approved: none },
  steering: { draft: { ...none, approve: true }, archived: none, approved: none },
  coordinator: { draft: none, archived: none, approved: none },
}
const WHO = Object.keys(expected) as Who[]

describe('can of a report', () => {
  it('tells each reader what they may do with a draft, an archived draft and an approved report, in the item and the list', async () => {
    for (const kind of KINDS) {
      const row = await report(kind)
      for (const who of WHO) {
        const res = await api(callers[who]).get(`${base}/${row.id}`)
        const can = expected[who][kind]
        if (can === 404) {
          expect({ who, kind, status: res.status }).toEqual({ who, kind, status: 404 })
          continue
        }
        expect({ who, kind, can: res.body.can }).toEqual({ who, kind, can })
        const list = await api(callers[who]).get(base).query({ periodId: row.period.id, includeArchived: 'true' })
        expect({ who, kind, can: list.body.items.find((r: { id: number }) => r.id === row.id).can }).toEqual({ who, kind, can })
      }
    }
  })

  it('a flag that says yes is a write that succeeds; no is a refusal — every write, caller and state', async () => {
    const writes: Record<
      keyof ReportCan,
      (who: Who, r: { id: number; version: number; archivedAt: string | null }) => Promise<{ status: number }>
    > = {
      edit: (who, r) => api(callers[who]).patch(`${base}/${r.id}`).send({ version: r.version, title: 'Ny titel' }),
      refresh: (who, r) => api(callers[who]).post(`${base}/${r.id}/refresh`).send({ version: r.version }),
      approve: (who, r) => api(callers[who]).post(`${base}/${r.id}/approve`).send({ version: r.version }),
      archive: (who, r) => api(callers[who]).post(`${base}/${r.id}/${r.archivedAt ? 'restore' : 'archive'}`),
    }
    for (const kind of KINDS)
      for (const who of WHO) {
        if (expected[who][kind] === 404) continue
        for (const write of Object.keys(writes) as (keyof ReportCan)[]) {
          const row = await report(kind)
          const read = await api(callers[who]).get(`${base}/${row.id}`)
          const res = await writes[write](who, read.body)
          const succeeded = res.status >= 200 && res.status < 300
          expect({ who, kind, write, succeeded }).toEqual({ who, kind, write, succeeded: read.body.can[write] })
        }
      }
  })
})
