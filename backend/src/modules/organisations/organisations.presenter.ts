import type { Organisation } from '@uppfoljning/contract'
import type { Organisation as Row } from '../../generated/prisma/client'
import { stored } from '../../http/present'

export const presentOrganisation = (row: Row): Organisation => ({
  ...stored(row),
  kind: row.kind,
  name: row.name,
  shortName: row.shortName,
  municipalityCode: row.municipalityCode,
  parentId: row.parentId,
})
