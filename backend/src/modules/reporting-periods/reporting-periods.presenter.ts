import type { ReportingPeriod } from '@uppfoljning/contract'
import type { ReportingPeriod as Row } from '../../generated/prisma/client'
import { isoDate, stored } from '../../http/present'

export const presentReportingPeriod = (row: Row): ReportingPeriod => ({
  ...stored(row),
  strategyId: row.strategyId,
  name: row.name,
  startsOn: isoDate(row.startsOn),
  endsOn: isoDate(row.endsOn),
  deadline: isoDate(row.deadline),
  status: row.status,
})
