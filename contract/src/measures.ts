import { z } from 'zod'
import { FreeText, Id, IdSet, Line, PageQuery, Page, Stored, Version, Year, partial } from './common'
import { OrganisationKind, PreventionLevel, TargetGroup, ViolenceArea } from './enums'
import {
  CODE_MAX,
  MEASURE_IDS_MAX,
  MEASURE_WEIGHT_DEFAULT,
  MEASURE_WEIGHT_MAX,
  MEASURE_WEIGHT_MIN,
  SORT_ORDER_MAX,
  TITLE_MAX,
} from './limits'

const ids = IdSet(MEASURE_IDS_MAX)

const fields = {
  /** "2.1"; unique within the goal */
  code: Line(CODE_MAX),
  title: Line(TITLE_MAX),
  description: FreeText().default(''),
  /** kinds of organisation expected to act (all municipalities, all authorities, …) */
  expectedKinds: z.array(OrganisationKind).max(10).default([]),
  /** specific organisations expected to act besides the kinds above (e.g. Kriminalvården) */
  expectedOrganisationIds: ids.default([]),
  targetGroups: z.array(TargetGroup).max(10).default([]),
  violenceAreas: z.array(ViolenceArea).max(10).default([]),
  preventionLevels: z.array(PreventionLevel).max(3).default([]),
  activeFromYear: Year.nullable().optional(),
  /** not before activeFromYear */
  activeToYear: Year.nullable().optional(),
  sortOrder: z.number().int().min(0).max(SORT_ORDER_MAX).default(0),
  /** the measure's weight in its goal's implementation progress, set by OPK staff (docs/progress.md): 1 = equal, 0 = shown but not counted */
  weight: z.number().min(MEASURE_WEIGHT_MIN).max(MEASURE_WEIGHT_MAX).default(MEASURE_WEIGHT_DEFAULT),
  /** measures of the predecessor strategy that this one replaces (none when the strategy has no predecessor) */
  predecessorMeasureIds: ids.default([]),
}

export const MeasureCreate = z.strictObject({ goalId: Id, ...fields }).meta({ id: 'MeasureCreate' })
export const MeasureUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'MeasureUpdate' })
export const MeasureQuery = z.strictObject({
  ...PageQuery,
  strategyId: Id.optional(),
  goalId: Id.optional(),
  /** measures this organisation is expected to act on: its kind is among expectedKinds, or it is named in expectedOrganisationIds */
  expectedOrganisationId: Id.optional(),
})

export const Measure = z
  .object({
    ...Stored,
    goalId: z.number().int(),
    strategyId: z.number().int(),
    code: z.string(),
    title: z.string(),
    description: z.string(),
    expectedKinds: z.array(OrganisationKind),
    expectedOrganisationIds: z.array(z.number().int()),
    targetGroups: z.array(TargetGroup),
    violenceAreas: z.array(ViolenceArea),
    preventionLevels: z.array(PreventionLevel),
    activeFromYear: z.number().int().nullable(),
    activeToYear: z.number().int().nullable(),
    sortOrder: z.number().int(),
    weight: z.number(),
    predecessorMeasureIds: z.array(z.number().int()),
  })
  .meta({ id: 'Measure' })
export const MeasurePage = Page(Measure).meta({ id: 'MeasurePage' })

export type MeasureCreate = z.infer<typeof MeasureCreate>
export type MeasureUpdate = z.infer<typeof MeasureUpdate>
export type MeasureQuery = z.infer<typeof MeasureQuery>
export type Measure = z.infer<typeof Measure>
