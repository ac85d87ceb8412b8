import type { IndicatorValue } from '@uppfoljning/contract'
import type { IndicatorValue as Row } from '../../generated/prisma/client'
import { stored } from '../../http/present'

export const presentIndicatorValue = (row: Row): IndicatorValue => ({
  ...stored(row),
  indicatorId: row.indicatorId,
  periodId: row.periodId,
  organisationId: row.organisationId,
  value: row.value,
  suppressed: row.suppressed,
  note: row.note,
})
