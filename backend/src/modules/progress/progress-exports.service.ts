// The exports of the live views: each view is computed exactly as its JSON route computes it (same query, same
// visibility, same statements), turned into an export document (progress-exports.ts) and written in the format.
import type { ProgressMapQuery, ProgressQuery } from '@uppfoljning/contract'
import type { Actor } from '../../auth/actor'
import { exportFile, type ExportFile, type ExportFormat } from '../../exports/download'
import { coverageDocument, goalsDocument, mapDocument, organisationDocument, trendsDocument } from './progress-exports'
import { getProgressMap } from './progress-map.service'
import { getTrends } from './progress-trends.service'
import { getCoverageMatrix, getGoalProgress, getOrganisationProgress } from './progress.service'

/** Goal fulfilment as `Måluppfyllelse <period>.<format>`. */
export async function exportGoals(query: ProgressQuery, format: ExportFormat, actor: Actor): Promise<ExportFile> {
  const view = await getGoalProgress(query, actor)
  return exportFile(goalsDocument(view), format, `Måluppfyllelse ${view.period.name}`)
}

/** The coverage matrix as `Täckning <period>.<format>`. */
export async function exportCoverage(query: ProgressQuery, format: ExportFormat, actor: Actor): Promise<ExportFile> {
  const view = await getCoverageMatrix(query, actor)
  return exportFile(coverageDocument(view), format, `Täckning ${view.period.name}`)
}

/** The map's figures per municipality as `Kommuner <period>[ mål|åtgärd <code>].<format>`. */
export async function exportMap(query: ProgressMapQuery, format: ExportFormat, actor: Actor): Promise<ExportFile> {
  const view = await getProgressMap(query, actor)
  const subject = view.subject.kind === 'county' ? '' : ` ${view.subject.kind === 'goal' ? 'mål' : 'åtgärd'} ${view.subject.code}`
  return exportFile(mapDocument(view), format, `Kommuner ${view.period.name}${subject}`)
}

/** One organisation's view as `<organisation> <period>.<format>`. */
export async function exportOrganisation(id: number, query: ProgressQuery, format: ExportFormat, actor: Actor): Promise<ExportFile> {
  const view = await getOrganisationProgress(id, query, actor)
  return exportFile(organisationDocument(view), format, `${view.organisation.name} ${view.period.name}`)
}

/** The trends up to the period as `Utveckling <period>.<format>`. */
export async function exportTrends(query: ProgressQuery, format: ExportFormat, actor: Actor): Promise<ExportFile> {
  const view = await getTrends(query, actor)
  return exportFile(trendsDocument(view), format, `Utveckling ${view.period.name}`)
}
