// Enums are declared once in the contract; the database must hold exactly the same values.
import * as contract from '@uppfoljning/contract'
import * as prismaEnums from '../generated/prisma/enums'

const pairs: [keyof typeof prismaEnums, readonly string[]][] = [
  ['StrategyStatus', contract.strategyStatuses],
  ['NationalGoal', contract.nationalGoals],
  ['OrganisationKind', contract.organisationKinds],
  ['TargetGroup', contract.targetGroups],
  ['ViolenceArea', contract.violenceAreas],
  ['PreventionLevel', contract.preventionLevels],
  ['IndicatorDirection', contract.indicatorDirections],
  ['PeriodStatus', contract.periodStatuses],
  ['PlanStatus', contract.planStatuses],
  ['ActionStatus', contract.actionStatuses],
  ['FollowUpState', contract.followUpStates],
  ['Role', contract.roles],
  ['ReportStatus', contract.reportStatuses],
]

it('every Prisma enum is in the contract, with the same values', () => {
  expect(Object.keys(prismaEnums).sort()).toEqual(pairs.map(([name]) => name).sort())
  for (const [name, values] of pairs) expect({ name, values: Object.values(prismaEnums[name]) }).toEqual({ name, values: [...values] })
})
