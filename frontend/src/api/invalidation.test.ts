// What each write makes stale (api/invalidation.ts), read off a real QueryClient: the figures follow every write
// they are computed from, the lists follow their rows, and what a write did not touch stays fresh.
import { QueryClient } from '@tanstack/react-query'
import { invalidateAfterWrite, type Written } from './invalidation'
import {
  followUpKeys,
  goalKeys,
  planActionKeys,
  planKeys,
  progressKeys,
  reportingPeriodKeys,
  reportingStatusKeys,
  reportKeys,
  userKeys,
} from './query-keys'
import { PAGE_SIZE_MAX } from '@uppfoljning/contract'

/** One cached query of each kind a page holds. */
const cached = {
  goalProgress: progressKeys.goals(5),
  coverage: progressKeys.coverage(5),
  organisationProgress: progressKeys.organisation(3, 5),
  reportingStatus: reportingStatusKeys.period(5),
  followUpList: followUpKeys.list({ periodId: 5, organisationId: 3, pageSize: PAGE_SIZE_MAX }),
  followUp: followUpKeys.detail(12),
  comments: followUpKeys.comments(12),
  planList: planKeys.list({ strategyId: 1, pageSize: PAGE_SIZE_MAX }),
  planActions: planKeys.actions(2),
  action: planActionKeys.detail(7),
  actionFollowUp: planActionKeys.followUps(7, 5),
  history: planActionKeys.history(7),
  goals: goalKeys.list({ strategyId: 1, pageSize: PAGE_SIZE_MAX }),
  periods: reportingPeriodKeys.list({ strategyId: 1, pageSize: PAGE_SIZE_MAX }),
  users: userKeys.list({ page: 1 }),
  reportList: reportKeys.list({ pageSize: PAGE_SIZE_MAX }),
  report: reportKeys.detail(4),
}
type Cached = keyof typeof cached

async function staleAfter(written: Written): Promise<Cached[]> {
  const client = new QueryClient()
  for (const key of Object.values(cached)) client.setQueryData(key, {})
  await invalidateAfterWrite(client, written)
  return (Object.keys(cached) as Cached[]).filter((name) => client.getQueryState(cached[name])?.isInvalidated)
}

const figures: Cached[] = ['goalProgress', 'coverage', 'organisationProgress', 'reportingStatus']

test.each<[Written, Cached[]]>([
  // saved as the coordinator types: the lists and the figures, not the conversation; the follow-up itself comes from the answer
  ['follow-up', [...figures, 'followUpList']],
  ['follow-up-review', [...figures, 'followUpList', 'followUp', 'comments']],
  ['follow-up-comment', ['followUpList', 'followUp', 'comments']],
  ['plan-action', [...figures, 'planList', 'planActions', 'action', 'actionFollowUp', 'history']],
  ['reporting-period', [...figures, 'followUpList', 'periods']],
  ['goal', [...figures, 'goals']],
  ['indicator-value', figures],
  ['user', ['users']],
  // the report itself comes from the answer; its figures are frozen
  ['report', ['reportList']],
])('a write to %s makes stale: %j', async (written, expected) => {
  expect((await staleAfter(written)).sort()).toEqual([...expected].sort())
})
