import type { ImplementationPlan } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { StatusTag } from '@/components/ui/StatusTag'
import { formatDate, formatYearRange } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'

/** The plan's heading and facts. A draft says so plainly: it is a public record, but not an adopted plan. */
export function PlanSummary({ plan }: { plan: ImplementationPlan }) {
  const { t } = useTranslation('plans')
  const { locale } = useLanguage()
  return (
    <>
      <h1 lang={CONTENT_LANGUAGE}>{plan.title}</h1>
      {plan.status === 'draft' && <p className="notice draft-notice">{t('plan.draftNotice')}</p>}
      {plan.archivedAt && <p className="notice">{t('plan.archivedNotice')}</p>}
      <dl className="facts">
        <div>
          <dt>{t('plan.organisation')}</dt>
          <dd lang={CONTENT_LANGUAGE}>{plan.organisationName}</dd>
        </div>
        <div>
          <dt>{t('plan.years')}</dt>
          <dd>{formatYearRange(plan.startYear, plan.endYear)}</dd>
        </div>
        <div>
          <dt>{t('plan.status')}</dt>
          <dd>
            <StatusTag kind={`plan-${plan.status}`}>{t(`planStatus.${plan.status}`)}</StatusTag>
          </dd>
        </div>
        {plan.adoptedOn && (
          <div>
            <dt>{t('plan.adopted')}</dt>
            <dd>
              {formatDate(plan.adoptedOn, locale)}
              {plan.adoptedBy && (
                <>
                  {', '}
                  <span lang={CONTENT_LANGUAGE}>{plan.adoptedBy}</span>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
    </>
  )
}
