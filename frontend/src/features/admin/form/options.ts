// The contract's enum values as options with their labels (Swedish, or English in an English UI), in the
// order the forms show them. The values are listed here rather than imported from the contract so that zod
// stays out of the bundle; typing each list as a Record of the contract's enum makes a missing or extra
// value a type error.
import type { IndicatorDirection, NationalGoal, OrganisationKind, PreventionLevel, Role, StrategyStatus, TargetGroup, ViolenceArea } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'

export type Option<V extends string = string> = { value: V; label: string }

const all = <V extends string>(values: Record<V, true>) => Object.keys(values) as V[]

export const organisationKinds = all<OrganisationKind>({ municipality: true, district: true, authority: true, region: true, association: true })
export const targetGroups = all<TargetGroup>({ adults_subjected: true, children_experiencing: true, perpetrators: true, professionals: true, general_public: true })
export const violenceAreas = all<ViolenceArea>({ intimate_partner: true, honour_related: true, sexual: true, prostitution: true, trafficking: true })
export const preventionLevels = all<PreventionLevel>({ universal: true, selective: true, indicated: true })
export const nationalGoals = all<NationalGoal>({ prevention: true, detection_and_support: true, law_enforcement: true, knowledge_and_methods: true })
export const directions = all<IndicatorDirection>({ increase: true, decrease: true })
export const strategyStatuses = all<StrategyStatus>({ draft: true, active: true, archived: true })
export const roles = all<Role>({ coordinator: true, opk_staff: true, steering_group: true })

/** Every enum as options, labelled in the UI language. */
export function useOptions() {
  const { t } = useTranslation('admin')
  return {
    organisationKinds: organisationKinds.map((value) => ({ value, label: t(`enums.organisationKind.${value}`) })),
    expectedKinds: organisationKinds.map((value) => ({ value, label: t(`enums.expectedKind.${value}`) })),
    targetGroups: targetGroups.map((value) => ({ value, label: t(`enums.targetGroup.${value}`) })),
    violenceAreas: violenceAreas.map((value) => ({ value, label: t(`enums.violenceArea.${value}`) })),
    preventionLevels: preventionLevels.map((value) => ({ value, label: t(`enums.preventionLevel.${value}`) })),
    nationalGoals: nationalGoals.map((value) => ({ value, label: t(`enums.nationalGoal.${value}`) })),
    directions: directions.map((value) => ({ value, label: t(`enums.direction.${value}`) })),
    strategyStatuses: strategyStatuses.map((value) => ({ value, label: t(`enums.strategyStatus.${value}`) })),
    roles: roles.map((value) => ({ value, label: t(`enums.role.${value}`) })),
  }
}
