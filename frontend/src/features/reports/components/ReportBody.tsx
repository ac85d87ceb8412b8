import type { LinkOptions } from '@tanstack/react-router'
import type { GoalProgress, ReportDetail, SubGoalProgress } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Deferred } from '@/components/ui/Deferred'
import { AttentionFlags } from './AttentionFlags'
import { GoalOverview } from './GoalOverview'
import { GoalSections } from './GoalSections'
import { IndicatorTable } from './IndicatorTable'
import { OrganisationCoverage } from './OrganisationCoverage'
import { ReportChangesSection } from './ReportChangesSection'

/** The report's parts in reading order; the table of contents links to them. */
export const reportParts = ['summary', 'goals', 'goalSections', 'changes', 'organisations', 'attention', 'indicators'] as const
export const partId = (part: (typeof reportParts)[number]) => `report-${part}`

type Props = {
  report: ReportDetail
  reportLink: (reportId: number) => LinkOptions
  /** the summary: the text as written, or a field for it while OPK staff write the draft */
  summary: ReactNode
  analysis: (goal: GoalProgress | SubGoalProgress) => ReactNode
}

/** The report itself: summary, goal fulfilment, goal by goal with analyses, change since the previous report, coverage per organisation, attention flags, indicators. */
export function ReportBody({ report, reportLink, summary, analysis }: Props) {
  const { t } = useTranslation('reports')
  const { snapshot, changes } = report
  const part = (name: (typeof reportParts)[number], content: ReactNode) => (
    <section className="report-part" aria-labelledby={`${partId(name)}-heading`} id={partId(name)}>
      <h2 id={`${partId(name)}-heading`}>{t(`parts.${name}`)}</h2>
      {content}
    </section>
  )
  return (
    <>
      {part('summary', summary)}
      {part('goals', <GoalOverview snapshot={snapshot} />)}
      <Deferred>
        {part('goalSections', <GoalSections snapshot={snapshot} changes={changes} analysis={analysis} />)}
        {part('changes', <ReportChangesSection changes={changes} reportLink={reportLink} />)}
        {part('organisations', <OrganisationCoverage snapshot={snapshot} />)}
        {part('attention', <AttentionFlags snapshot={snapshot} />)}
        {part('indicators', <IndicatorTable snapshot={snapshot} />)}
      </Deferred>
    </>
  )
}

/** The table of contents of a long report. */
export function ReportContents() {
  const { t } = useTranslation('reports')
  return (
    <nav aria-label={t('parts.contents')} className="report-contents">
      <h2 className="report-contents-heading">{t('parts.contents')}</h2>
      <ol>
        {reportParts.map((name) => (
          <li key={name}>
            <a href={`#${partId(name)}`}>{t(`parts.${name}`)}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
