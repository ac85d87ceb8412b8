import { z } from 'zod'
import { Id, Line, PageQuery, Page, Stored, Version, partial } from './common'
import { OrganisationKind } from './enums'
import { NAME_MAX, SEARCH_MAX, SHORT_NAME_MAX } from './limits'

const fields = {
  kind: OrganisationKind,
  name: Line(NAME_MAX),
  shortName: Line(SHORT_NAME_MAX).nullable().optional(),
  /** kommunkod, four digits as text: "0127" */
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/, 'Kommunkoden ska vara fyra siffror, t.ex. 0127.')
    .nullable()
    .optional(),
  /** the organisation this is part of (a district area's municipality) */
  parentId: Id.nullable().optional(),
}

export const OrganisationCreate = z.strictObject(fields).meta({ id: 'OrganisationCreate' })
export const OrganisationUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'OrganisationUpdate' })
export const OrganisationQuery = z.strictObject({
  ...PageQuery,
  kind: OrganisationKind.optional(),
  parentId: Id.optional(),
  search: z.string().max(SEARCH_MAX).optional(),
})

export const Organisation = z
  .object({
    ...Stored,
    kind: OrganisationKind,
    name: z.string(),
    shortName: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    parentId: z.number().int().nullable(),
  })
  .meta({ id: 'Organisation' })
export const OrganisationPage = Page(Organisation).meta({ id: 'OrganisationPage' })

export type OrganisationCreate = z.infer<typeof OrganisationCreate>
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>
export type OrganisationQuery = z.infer<typeof OrganisationQuery>
export type Organisation = z.infer<typeof Organisation>
