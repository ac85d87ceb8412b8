// Each live progress view as an export document (backend/src/exports): the same figures the view's JSON answer holds,
// laid out as a readable Swedish PDF (title with the view and period, "Utskrivet <date>", charts, tables), a workbook
// with one sheet per table, and the view's main table as CSV.
import type {
  ProgressAction,
  ProgressCoverage,
  ProgressGoals,
  ProgressMap,
  ProgressOrganisationView,
  ProgressTrends,
  IndicatorStatus,
} from '@uppfoljning/contract'
import type { Block, Chart, Column, ExportDocument, Row, Table, Value } from '../../exports/document'
import { column, goalSheetColumns, tablesOf } from '../../exports/document'
import { formatDay, formatNumber, formatPercent, formatPoints } from '../../exports/format'
import { actionStatusNames, directionNames, followUpStateNames, organisationKindNames, verdictNames } from '../../exports/labels'

type Context = Pick<ProgressGoals, 'strategy' | 'period' | 'previousPeriod' | 'referenceDate'>

const { text, percent, integer, number, share } = column
/** a change in percentage points: the printed page says so once, in its explanation */
const change = (header: string, width = 16): Column => column.change(header, width, 'Förändring')
/** A column of the workbook and the CSV only: a detail the printed page has no room for. */
const sheetOnly = (sheetColumn: Column): Column => ({ ...sheetColumn, pdf: false })

const EXPLAINED =
  'Genomförande är hur långt aktiviteterna har kommit enligt uppföljningarna (medelvärde över åtgärderna). Täckning är andelen av de förväntade bidragen – åtgärd och organisation – där organisationen har en aktiv aktivitet. Förändringar anges i procentenheter; – betyder att underlag saknas.'

/** The lines every view's PDF starts with: strategy, period, the date it was printed and what the figures are. */
function preamble(view: Context): Block[] {
  const { period, previousPeriod } = view
  return [
    {
      text: `${view.strategy.name}. Period ${period.name} (${period.startsOn} – ${period.endsOn})${previousPeriod ? `, jämförd med ${previousPeriod.name}` : ''}.`,
      style: 'lead',
    },
    {
      text: `Utskrivet ${formatDay(new Date().toISOString())}. Siffrorna räknas fram ur planerna och uppföljningarna när de hämtas och kan ändras; en godkänd lägesrapport ändras aldrig. Aktiviteternas start bedöms per ${view.referenceDate}.`,
      style: 'note',
    },
  ]
}

/** A document whose workbook holds the tables its PDF shows, one sheet each. */
function document(title: string, blocks: Block[], csv: Table, sheets: Table[] = tablesOf(blocks)): ExportDocument {
  return { title, subject: title, created: new Date(), blocks, sheets, csv }
}

/** Indicators in the workbook: a column per field, values as numbers. */
const indicatorSheet = (items: IndicatorStatus[]): Table => ({
  name: 'Indikatorer',
  columns: [
    text('Indikator', 40),
    text('Enhet', 8),
    text('Riktning', 12),
    number('Utgångsvärde'),
    number('Målvärde'),
    number('Värde'),
    percent('Av vägen till målet'),
    text('Målet nått', 10),
    number('Förändring'),
    text('Trend', 12),
  ],
  rows: items.map((i) => [
    i.name,
    i.unit,
    directionNames[i.direction],
    i.baselineValue,
    i.targetValue,
    i.suppressed ? '<5' : i.value,
    i.ratio,
    i.targetMet === null ? null : i.targetMet ? 'Ja' : 'Nej',
    i.trend?.change ?? null,
    i.trend ? verdictNames[i.trend.verdict] : null,
  ]),
  empty: 'Inga indikatorer.',
})

/** Indicators on the printed page: values with their unit, the direction with the name, the trend in words. */
function indicatorPrint(items: IndicatorStatus[]): Table {
  const withUnit = (value: number | null, unit: string) => (value === null ? null : `${formatNumber(value)} ${unit}`)
  return {
    name: 'Indikatorer',
    columns: [
      text('Indikator'),
      number('Utgångsvärde'),
      number('Målvärde'),
      number('Värde'),
      percent('Av vägen till målet'),
      text('Målet nått', 10, 'auto'),
      text('Trend', 12, 'auto'),
    ],
    rows: items.map((i) => [
      `${i.name} (${directionNames[i.direction].toLowerCase()})`,
      withUnit(i.baselineValue, i.unit),
      withUnit(i.targetValue, i.unit),
      i.suppressed ? '<5' : withUnit(i.value, i.unit),
      i.ratio,
      i.targetMet === null ? null : i.targetMet ? 'Ja' : 'Nej',
      i.trend ? `${formatNumber(i.trend.change)} (${verdictNames[i.trend.verdict]})` : null,
    ]),
    empty: 'Inga indikatorer.',
  }
}

const bars = (labels: string[], series: Chart['series'], description: string): Block[] =>
  labels.length === 0 ? [] : [{ chart: { kind: 'bars', labels, series, description } }]

// ---- måluppfyllelse --------------------------------------------------------------------------------------------

export function goalsDocument(view: ProgressGoals): ExportDocument {
  const goals = view.goals.flatMap((g) => [g, ...g.subGoals])
  const title = `Måluppfyllelse ${view.period.name}`
  const table: Table = {
    name: 'Måluppfyllelse',
    columns: [
      text('Mål', 40),
      percent('Genomförande'),
      percent('Föregående period'),
      change('Förändring (procentenheter)'),
      percent('Täckning', 12),
      share('Bidrag'),
      integer('Åtgärder', 10),
    ],
    rows: [
      ...goals.map((g): Row => ({
        values: [
          `${g.code} ${g.title}`,
          g.progress.progress,
          g.progress.previous,
          g.progress.change,
          g.coverage.coverage,
          { covered: g.coverage.covered, expected: g.coverage.expected },
          g.measureCount,
        ],
        indent: g.parentId !== null,
      })),
      {
        values: [
          'Hela länet',
          view.county.progress.progress,
          view.county.progress.previous,
          view.county.progress.change,
          view.county.coverage.coverage,
          { covered: view.county.coverage.covered, expected: view.county.coverage.expected },
          view.county.measureCount,
        ],
        bold: true,
      },
    ],
  }
  const sheet: Table = {
    name: 'Måluppfyllelse',
    columns: [...goalSheetColumns(), integer('Åtgärder', 10), integer('Räknade aktiviteter'), integer('Aktiviteter utan uppföljning', 14)],
    rows: [
      ...goals.map((g) => [
        g.code,
        g.title,
        g.parentId === null ? null : 'Ja',
        g.progress.progress,
        g.progress.previous,
        g.progress.change,
        g.coverage.coverage,
        g.coverage.expected,
        g.coverage.covered,
        g.measureCount,
        g.progress.counted.actions,
        g.progress.leftOut.missingActions,
      ]),
      [
        '',
        'Hela länet',
        null,
        view.county.progress.progress,
        view.county.progress.previous,
        view.county.progress.change,
        view.county.coverage.coverage,
        view.county.coverage.expected,
        view.county.coverage.covered,
        view.county.measureCount,
        view.county.progress.counted.actions,
        view.county.progress.leftOut.missingActions,
      ],
    ],
  }
  const indicators = view.county.indicators.items
  return document(
    title,
    [
      ...preamble(view),
      { heading: 'Måluppfyllelse per mål' },
      { text: EXPLAINED, style: 'note' },
      ...bars(
        goals.map((g) => `${g.code} ${g.title}`),
        [
          { name: 'Genomförande', values: goals.map((g) => g.progress.progress) },
          { name: 'Täckning', values: goals.map((g) => g.coverage.coverage) },
        ],
        'Diagrammet visar genomförande och täckning per mål; siffrorna finns i tabellen nedan.',
      ),
      { table },
      { heading: 'Indikatorer för hela länet' },
      { table: indicatorPrint(indicators) },
    ],
    sheet,
    [sheet, indicatorSheet(indicators)],
  )
}

// ---- täckning ---------------------------------------------------------------------------------------------------

const stateNames = { covered: 'Täckt', gap: 'Lucka', 'not-expected': '' } as const

export function coverageDocument(view: ProgressCoverage): ExportDocument {
  const title = `Täckning ${view.period.name}`
  const goals = view.goals.flatMap((g) => [{ ...g, parentId: null as number | null }, ...g.subGoals])
  const byGoal: Table = {
    name: 'Täckning per mål',
    columns: [text('Mål', 40), integer('Förväntade bidrag'), integer('Befintliga bidrag'), percent('Täckning', 12)],
    rows: [
      ...goals.map((g): Row => ({
        values: [`${g.code} ${g.title}`, g.coverage.expected, g.coverage.covered, g.coverage.coverage],
        indent: g.parentId !== null,
      })),
      { values: ['Hela länet', view.county.expected, view.county.covered, view.county.coverage], bold: true },
    ],
  }
  const expected = view.organisations.filter((o) => o.coverage.expected > 0)
  const byOrganisation: Table = {
    name: 'Täckning per organisation',
    columns: [
      text('Organisation', 32),
      text('Typ', 16, 'auto'),
      integer('Förväntade bidrag'),
      integer('Befintliga bidrag'),
      percent('Täckning', 12),
    ],
    rows: expected.map((o) => [o.name, organisationKindNames[o.kind], o.coverage.expected, o.coverage.covered, o.coverage.coverage]),
    empty: 'Inga organisationer förväntas bidra under perioden.',
  }
  const measures = view.goals.flatMap((g) => g.measures)
  const name = new Map(view.organisations.map((o) => [o.id, o.name]))
  const gapsOf = (m: (typeof measures)[number]) => m.cells.filter((c) => c.state === 'gap').map((c) => name.get(c.organisationId) ?? '')
  const gaps: Table = {
    name: 'Luckor',
    columns: [text('Åtgärd', 10), text('Titel', 40), text('Organisation', 32)],
    rows: measures.flatMap((m) => gapsOf(m).map((organisation) => [m.code, m.title, organisation])),
  }
  // printed: one row per measure, its missing organisations together
  const gapsByMeasure: Table = {
    name: 'Luckor',
    columns: [text('Åtgärd', 10, 'auto'), text('Titel', 40, 150), text('Saknar aktiv aktivitet')],
    rows: measures.flatMap((m) => (gapsOf(m).length ? [[m.code, m.title, gapsOf(m).join(', ')]] : [])),
    empty: 'Inga luckor: alla förväntade bidrag finns.',
  }
  const matrix: Table = {
    name: 'Matris',
    columns: [text('Åtgärd', 10), text('Titel', 40), percent('Täckning', 12), ...view.organisations.map((o) => text(o.name, 14))],
    // a row's cells are in the organisations' order
    rows: measures.map((m) => [m.code, m.title, m.coverage.coverage, ...m.cells.map((c) => stateNames[c.state])]),
  }
  return document(
    title,
    [
      ...preamble(view),
      { heading: 'Täckning per mål' },
      {
        text: 'Andelen av de förväntade bidragen – åtgärd och organisation – där organisationen (eller en av dess stadsdelar) har en aktiv aktivitet på åtgärden.',
        style: 'note',
      },
      ...bars(
        goals.map((g) => `${g.code} ${g.title}`),
        [{ name: 'Täckning', values: goals.map((g) => g.coverage.coverage) }],
        'Diagrammet visar täckningen per mål; siffrorna finns i tabellen nedan.',
      ),
      { table: byGoal },
      { heading: 'Täckning per organisation', pageBreak: true },
      { table: byOrganisation },
      { heading: 'Luckor' },
      {
        text: 'Åtgärder där en förväntad organisation saknar aktiv aktivitet. Hela matrisen – åtgärder × organisationer – finns i Excel-filen.',
        style: 'note',
      },
      { table: gapsByMeasure },
    ],
    matrix,
    [byGoal, byOrganisation, gaps, matrix],
  )
}

// ---- karta ----------------------------------------------------------------------------------------------------------

export function mapDocument(view: ProgressMap): ExportDocument {
  const { subject } = view
  const about =
    subject.kind === 'county' ? 'hela strategin' : `${subject.kind === 'goal' ? 'mål' : 'åtgärd'} ${subject.code} ${subject.title}`
  const table: Table = {
    name: 'Kommuner',
    columns: [
      text('Kommun', 30),
      text('Kommunkod', 10, 'auto'),
      percent('Genomförande'),
      percent('Föregående period'),
      change('Förändring (procentenheter)'),
      percent('Täckning', 12),
      share('Bidrag'),
      sheetOnly(integer('Räknade aktiviteter')),
      sheetOnly(integer('Aktiviteter utan uppföljning', 14)),
    ],
    rows: view.municipalities.map((m) => [
      m.organisation.name,
      m.municipalityCode,
      m.progress.progress,
      m.progress.previous,
      m.progress.change,
      m.coverage.coverage,
      { covered: m.coverage.covered, expected: m.coverage.expected },
      m.progress.counted.actions,
      m.progress.leftOut.missingActions,
    ]),
    empty: 'Inga kommuner deltar.',
  }
  const names = view.municipalities.map((m) => m.organisation.shortName ?? m.organisation.name)
  return document(
    `Kommunerna ${view.period.name}: ${about}`,
    [
      ...preamble(view),
      {
        text: `Genomförande och täckning per kommun för ${about}. En kommuns siffror omfattar dess stadsdelsområdens aktiviteter.`,
        style: 'body',
      },
      { text: EXPLAINED, style: 'note' },
      ...bars(
        names,
        [
          { name: 'Genomförande', values: view.municipalities.map((m) => m.progress.progress) },
          { name: 'Täckning', values: view.municipalities.map((m) => m.coverage.coverage) },
        ],
        'Diagrammet visar genomförande och täckning per kommun; siffrorna finns i tabellen nedan.',
      ),
      { table },
    ],
    table,
  )
}

// ---- en organisation ----------------------------------------------------------------------------------------------

const standingNames: Record<ProgressAction['standing'], string> = {
  counted: 'Räknas',
  cancelled: 'Inställd',
  missing: 'Saknar uppföljning',
  notDue: 'Inte aktuell ännu',
}
const owners = (a: ProgressAction) => [a.organisation.name, ...a.coOwners.map((o) => o.name)].join(', ')

export function organisationDocument(view: ProgressOrganisationView): ExportDocument {
  const { organisation, progress, coverage } = view
  const codeOf = new Map(view.measures.map((m) => [m.measureId, m.code]))
  const measures: Table = {
    name: 'Åtgärder',
    columns: [
      text('Kod', 8, 'auto'),
      text('Åtgärd', 40),
      sheetOnly(text('Förväntad', 10)),
      text('Täckning', 10, 'auto'),
      percent('Genomförande'),
      percent('Föregående period'),
      change('Förändring (procentenheter)'),
      integer('Aktiviteter', 10),
    ],
    rows: view.measures.map((m) => [
      m.code,
      m.title,
      m.expected ? 'Ja' : 'Nej',
      m.state === 'not-expected' ? null : stateNames[m.state],
      m.progress.progress,
      m.progress.previous,
      m.progress.change,
      m.actions.length,
    ]),
    empty: 'Organisationen förväntas inte bidra till någon åtgärd och har inga aktiviteter.',
  }
  const seen = new Set<number>()
  const actions = [...view.measures.flatMap((m) => m.actions), ...view.unlinkedActions].filter((a) => !seen.has(a.id) && seen.add(a.id))
  const actionTable: Table = {
    name: 'Aktiviteter',
    columns: [
      text('Aktivitet', 40),
      text('Ägare', 24),
      text('Åtgärder', 10, 'auto'),
      sheetOnly(text('Planerad start', 12)),
      text('Status', 12, 'auto'),
      text('Ställning', 14, 'auto'),
      percent('Genomförande'),
      text('Uppföljning', 18, 'auto'),
    ],
    rows: actions.map((a) => [
      a.title,
      owners(a),
      a.measureIds
        .map((id) => codeOf.get(id) ?? '')
        .filter(Boolean)
        .join(', '),
      a.plannedStart,
      actionStatusNames[a.status],
      standingNames[a.standing],
      a.progress,
      a.followUp
        ? `${followUpStateNames[a.followUp.state]} (${a.followUp.periodName})`
        : a.uncountedFollowUp
          ? `${followUpStateNames[a.uncountedFollowUp.state]}, räknas inte`
          : null,
    ]),
    empty: 'Inga aktiviteter.',
  }
  const { attention } = view
  const attentionRows = [
    ...attention.actionsWithoutFollowUp.map((a) => [
      'Aktiviteter utan uppföljning',
      a.title,
      a.uncountedFollowUp?.state === 'returned' ? 'Uppföljningen är återsänd för komplettering.' : 'Ingen uppföljning har kommit in.',
    ]),
    ...attention.plannedPastStart.map((a) => [
      'Planerade aktiviteter som borde ha startat',
      a.title,
      `Planerad start ${a.plannedStart ?? ''}`,
    ]),
    ...attention.gapMeasureIds.map((id) => {
      const m = view.measures.find((x) => x.measureId === id)
      return [
        'Åtgärder utan egen aktiv aktivitet',
        m ? `${m.code} ${m.title}` : String(id),
        'Förväntas bidra men har ingen aktiv aktivitet.',
      ]
    }),
    ...(attention.notReported
      ? [
          [
            'Har inte rapporterat',
            organisation.name,
            attention.notReported.dueActionIds.length > 0
              ? `${attention.notReported.dueActionIds.length} aktiviteter att följa upp`
              : 'Förväntas bidra men har inga aktiviteter.',
          ],
        ]
      : []),
  ]
  const attentionTable: Table = {
    name: 'Uppmärksamhet',
    columns: [text('Kategori', 36), text('Gäller', 40), text('Detalj', 40)],
    rows: attentionRows,
    empty: 'Inget att uppmärksamma.',
  }
  const subUnits = organisation.subUnits.map((o) => o.name)
  return document(
    `${organisation.name} – resultat ${view.period.name}`,
    [
      ...preamble(view),
      {
        text: `Genomförande ${formatPercent(progress.progress)} (föregående period ${formatPercent(progress.previous)}, förändring ${formatPoints(progress.change)} procentenheter). Täckning ${formatPercent(coverage.coverage)}: ${coverage.covered} av ${coverage.expected} åtgärder som förväntas av organisationen har en aktiv aktivitet.`,
        style: 'body',
      },
      ...(subUnits.length ? [{ text: `Siffrorna omfattar också ${subUnits.join(', ')}.`, style: 'note' } as Block] : []),
      { text: EXPLAINED, style: 'note' },
      { heading: 'Åtgärder' },
      { table: measures },
      { heading: 'Aktiviteter' },
      { table: actionTable },
      { heading: 'Att uppmärksamma' },
      { table: attentionTable },
      { heading: 'Egna indikatorvärden' },
      { table: indicatorPrint(view.indicators) },
    ],
    measures,
    [measures, actionTable, attentionTable, indicatorSheet(view.indicators)],
  )
}

// ---- utveckling över tid -------------------------------------------------------------------------------------------

export function trendsDocument(view: ProgressTrends): ExportDocument {
  const periods = view.periods.map((p) => p.name)
  const perPeriod = () => periods.map((name) => percent(name, 10))
  const seriesTable = (name: string, first: Column[], rows: { values: Value[]; series: (number | null)[]; indent?: boolean }[]): Table => ({
    name,
    columns: [...first, ...perPeriod()],
    rows: rows.map((r) => ({ values: [...r.values, ...r.series], indent: r.indent })),
    empty: 'Inga perioder har börjat.',
  })
  const goalRows = (pick: 'progress' | 'coverage') =>
    view.goals.map((g) => ({ values: [`${g.code} ${g.title}`], series: g[pick], indent: g.parentId !== null }))
  const organisationRows = (pick: 'progress' | 'coverage') =>
    view.organisations.map((o) => ({ values: [o.name, organisationKindNames[o.kind]], series: o[pick] }))
  const county: Table = {
    name: 'Hela länet',
    columns: [text('Period', 14), percent('Genomförande'), percent('Täckning', 12)],
    rows: view.periods.map((p, i) => [p.name, view.county.progress[i], view.county.coverage[i]]),
    empty: 'Inga perioder har börjat.',
  }
  const goalProgress = seriesTable('Mål – genomförande', [text('Mål', 40)], goalRows('progress'))
  const goalCoverage = seriesTable('Mål – täckning', [text('Mål', 40)], goalRows('coverage'))
  const organisationProgress = seriesTable(
    'Organisationer – genomförande',
    [text('Organisation', 32), text('Typ', 16, 'auto')],
    organisationRows('progress'),
  )
  const organisationCoverage = seriesTable(
    'Organisationer – täckning',
    [text('Organisation', 32), text('Typ', 16, 'auto')],
    organisationRows('coverage'),
  )
  const indicators: Table = {
    name: 'Indikatorer',
    columns: [
      text('Indikator', 40),
      text('Enhet', 8, 'auto'),
      text('Riktning', 12, 'auto'),
      number('Utgångsvärde'),
      number('Målvärde'),
      ...periods.map((name) => number(name)),
    ],
    rows: view.indicators.map((i) => [
      i.name,
      i.unit,
      directionNames[i.direction],
      i.baselineValue,
      i.targetValue,
      ...i.values.map((v) => (v.suppressed ? '<5' : v.value)),
    ]),
    empty: 'Inga indikatorer.',
  }
  // every figure in one long table: easy to pivot in a spreadsheet
  const csv: Table = {
    name: 'Utveckling',
    columns: [text('Period', 14), text('Gäller', 14), text('Kod', 8), text('Namn', 40), percent('Genomförande'), percent('Täckning', 12)],
    rows: view.periods.flatMap((p, i) => [
      [p.name, 'Hela länet', '', view.strategy.name, view.county.progress[i], view.county.coverage[i]],
      ...view.goals.map((g) => [p.name, g.parentId === null ? 'Mål' : 'Delmål', g.code, g.title, g.progress[i], g.coverage[i]]),
      ...view.organisations.map((o) => [p.name, organisationKindNames[o.kind], '', o.name, o.progress[i], o.coverage[i]]),
    ]),
  }
  const topGoals = view.goals.filter((g) => g.parentId === null)
  const first = view.periods[0]?.name
  const charts: Block[] =
    view.periods.length === 0
      ? [{ text: 'Ingen av strategins perioder fram till den valda har börjat.', style: 'note' }]
      : [
          {
            chart: {
              kind: 'lines',
              labels: periods,
              series: [
                { name: 'Genomförande', values: view.county.progress },
                { name: 'Täckning', values: view.county.coverage },
              ],
              description: 'Diagrammet visar hela länets genomförande och täckning per period; siffrorna finns i tabellen nedan.',
            },
          },
          { table: county },
          { heading: 'Genomförande per mål' },
          ...(topGoals.length
            ? [
                {
                  chart: {
                    kind: 'lines',
                    labels: periods,
                    series: topGoals.map((g) => ({ name: `${g.code} ${g.title}`, values: g.progress })),
                    description: 'Diagrammet visar genomförandet per mål och period; en lucka i linjen betyder att underlag saknas.',
                  },
                } as Block,
              ]
            : []),
        ]
  return document(
    `Utveckling ${first && first !== view.period.name ? `${first}–` : ''}${view.period.name}`,
    [
      ...preamble(view),
      {
        text: `Varje period av strategin fram till ${view.period.name} som har börjat, med siffrorna som de räknas för den perioden.`,
        style: 'body',
      },
      { text: EXPLAINED, style: 'note' },
      { heading: 'Hela länet' },
      ...charts,
      { table: goalProgress },
      { heading: 'Täckning per mål' },
      { table: goalCoverage },
      { heading: 'Genomförande per organisation', pageBreak: true },
      { table: organisationProgress },
      { heading: 'Täckning per organisation' },
      { table: organisationCoverage },
      { heading: 'Indikatorer för hela länet' },
      { table: indicators },
    ],
    csv,
    [county, goalProgress, goalCoverage, organisationProgress, organisationCoverage, indicators],
  )
}
