// Every enum once; a test asserts they equal the Prisma enums (backend/src/db/enums.test.ts).
import { z } from 'zod'
import {
  strategyStatuses,
  nationalGoals,
  organisationKinds,
  targetGroups,
  violenceAreas,
  preventionLevels,
  indicatorDirections,
  periodStatuses,
  planStatuses,
  actionStatuses,
  followUpStates,
  roles,
} from './enum-values'

export * from './enum-values'

export const StrategyStatus = z.enum(strategyStatuses)
export const NationalGoal = z.enum(nationalGoals)
export const OrganisationKind = z.enum(organisationKinds)
export const TargetGroup = z.enum(targetGroups)
export const ViolenceArea = z.enum(violenceAreas)
export const PreventionLevel = z.enum(preventionLevels)
export const IndicatorDirection = z.enum(indicatorDirections)
export const PeriodStatus = z.enum(periodStatuses)
export const PlanStatus = z.enum(planStatuses)
export const ActionStatus = z.enum(actionStatuses)
export const FollowUpState = z.enum(followUpStates)
export const Role = z.enum(roles)

export type StrategyStatus = z.infer<typeof StrategyStatus>
export type NationalGoal = z.infer<typeof NationalGoal>
export type OrganisationKind = z.infer<typeof OrganisationKind>
export type TargetGroup = z.infer<typeof TargetGroup>
export type ViolenceArea = z.infer<typeof ViolenceArea>
export type PreventionLevel = z.infer<typeof PreventionLevel>
export type IndicatorDirection = z.infer<typeof IndicatorDirection>
export type PeriodStatus = z.infer<typeof PeriodStatus>
export type PlanStatus = z.infer<typeof PlanStatus>
export type ActionStatus = z.infer<typeof ActionStatus>
export type FollowUpState = z.infer<typeof FollowUpState>
export type Role = z.infer<typeof Role>
