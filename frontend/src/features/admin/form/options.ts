// The contract's enum values as options with their labels (Swedish, or English in an English UI), in the
// contract's order (contract/src/enums.ts, which a test holds equal to the Prisma enums).
import {
  indicatorDirections as directions,
  nationalGoals,
  organisationKinds,
  preventionLevels,
  roles,
  strategyStatuses,
  targetGroups,
  violenceAreas,
} from '@uppfoljning/contract/enums'
import { useTranslation } from 'react-i18next'

export { organisationKinds }

export type Option<V extends string = string> = { value: V; label: string }

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
