import { z } from 'zod'
import { FreeText, Id, Line, PageQuery, Page, QueryFlag, Stored, Version, Year, partial } from './common'
import { IndicatorDirection } from './enums'
import { DATA_SOURCE_MAX, NOTE_MAX, SHORT_NAME_MAX, TITLE_MAX } from './limits'

const fields = {
  name: Line(TITLE_MAX),
  description: FreeText().default(''),
  /** "%", "antal per 10 000 invånare", … */
  unit: Line(SHORT_NAME_MAX),
  direction: IndicatorDirection,
  baselineValue: z.number().finite().nullable().optional(),
  baselineYear: Year.nullable().optional(),
  targetValue: z.number().finite().nullable().optional(),
  targetYear: Year.nullable().optional(),
  /** e.g. "Socialstyrelsen, Öppna jämförelser" */
  dataSource: FreeText(DATA_SOURCE_MAX).default(''),
}

/** An indicator belongs to exactly one goal or one measure. */
export const IndicatorCreate = z
  .strictObject({ goalId: Id.nullable().optional(), measureId: Id.nullable().optional(), ...fields })
  .meta({ id: 'IndicatorCreate' })
/** The goal or measure an indicator belongs to is fixed when it is created (its values follow that strategy's periods). */
export const IndicatorUpdate = z.strictObject({ ...partial(fields), version: Version }).meta({ id: 'IndicatorUpdate' })
export const IndicatorQuery = z.strictObject({
  ...PageQuery,
  /** indicators of the strategy, whether attached to one of its goals or to one of its measures */
  strategyId: Id.optional(),
  /** indicators attached directly to this goal */
  goalId: Id.optional(),
  measureId: Id.optional(),
})

export const Indicator = z
  .object({
    ...Stored,
    goalId: z.number().int().nullable(),
    measureId: z.number().int().nullable(),
    /** the strategy of its goal (or of its measure's goal) */
    strategyId: z.number().int(),
    name: z.string(),
    description: z.string(),
    unit: z.string(),
    direction: IndicatorDirection,
    baselineValue: z.number().nullable(),
    baselineYear: z.number().int().nullable(),
    targetValue: z.number().nullable(),
    targetYear: z.number().int().nullable(),
    dataSource: z.string(),
  })
  .meta({ id: 'Indicator' })
export const IndicatorPage = Page(Indicator).meta({ id: 'IndicatorPage' })

const valueFields = {
  /** required unless suppressed; null when suppressed */
  value: z.number().finite().nullable().optional(),
  /** a small count that must not be published (shown as "<5") */
  suppressed: z.boolean().default(false),
  note: FreeText(NOTE_MAX).default(''),
}

/** A value for one organisation (or the whole county: organisationId null) in one reporting period. */
export const IndicatorValueCreate = z
  .strictObject({ periodId: Id, organisationId: Id.nullable().default(null), ...valueFields })
  .meta({ id: 'IndicatorValueCreate' })
export const IndicatorValueUpdate = z.strictObject({ ...partial(valueFields), version: Version }).meta({ id: 'IndicatorValueUpdate' })
export const IndicatorValueQuery = z
  .strictObject({
    ...PageQuery,
    periodId: Id.optional(),
    organisationId: Id.optional(),
    /** true: only the county-wide values (organisationId null); false: only the organisations' values */
    countyWide: QueryFlag.optional(),
  })
  .refine((q) => !(q.countyWide && q.organisationId), {
    path: ['countyWide'],
    message: 'Välj antingen hela länet eller en organisation, inte båda.',
  })

export const IndicatorValue = z
  .object({
    ...Stored,
    indicatorId: z.number().int(),
    periodId: z.number().int(),
    organisationId: z.number().int().nullable(),
    value: z.number().nullable(),
    suppressed: z.boolean(),
    note: z.string(),
  })
  .meta({ id: 'IndicatorValue' })
export const IndicatorValuePage = Page(IndicatorValue).meta({ id: 'IndicatorValuePage' })

export type IndicatorCreate = z.infer<typeof IndicatorCreate>
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>
export type IndicatorQuery = z.infer<typeof IndicatorQuery>
export type Indicator = z.infer<typeof Indicator>
export type IndicatorValueCreate = z.infer<typeof IndicatorValueCreate>
export type IndicatorValueUpdate = z.infer<typeof IndicatorValueUpdate>
export type IndicatorValueQuery = z.infer<typeof IndicatorValueQuery>
export type IndicatorValue = z.infer<typeof IndicatorValue>
