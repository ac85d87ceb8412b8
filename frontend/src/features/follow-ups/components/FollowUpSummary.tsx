import type { FollowUp } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatDateTime, formatPercent } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { TEXT_FIELDS } from '../use-follow-up-draft'
import { PROGRESS_MAX } from '@uppfoljning/contract'

/** A follow-up as submitted or approved, or as others see a draft: read only. */
export function FollowUpSummary({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('followUps')
  const { locale } = useLanguage()
  return (
    <section className="follow-up-summary" aria-labelledby="follow-up-summary-heading">
      <h2 id="follow-up-summary-heading">{t('summary.heading')}</h2>
      <dl className="follow-up-facts">
        <div>
          <dt>{t('form.status')}</dt>
          <dd>{t(`actionStatus.${followUp.status}`)}</dd>
        </div>
        <div>
          <dt>{t('summary.progress')}</dt>
          <dd>
            <progress className="progress-bar" max={PROGRESS_MAX} value={followUp.progress} aria-hidden="true" />{' '}
            {formatPercent(followUp.progress / 100, locale)}
          </dd>
        </div>
        {TEXT_FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(`form.${field}`)}</dt>
            <dd className="long-text" lang={followUp[field] ? CONTENT_LANGUAGE : undefined}>
              {followUp[field] || t('summary.empty')}
            </dd>
          </div>
        ))}
        {followUp.submittedAt && (
          <div>
            <dt>{t('summary.submittedAt')}</dt>
            <dd>
              <time dateTime={followUp.submittedAt}>{formatDateTime(followUp.submittedAt, locale)}</time>
            </dd>
          </div>
        )}
        {followUp.reviewedAt && (
          <div>
            <dt>{t('summary.reviewedAt')}</dt>
            <dd>
              <time dateTime={followUp.reviewedAt}>{formatDateTime(followUp.reviewedAt, locale)}</time>
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
