import type { Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatDate, formatYearRange } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'

export function StrategySummary({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation()
  const { locale } = useLanguage()
  return (
    <section className="strategy" aria-labelledby="strategy-name">
      <h2 id="strategy-name" lang={CONTENT_LANGUAGE}>
        {strategy.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('strategy.period')}</dt>
          <dd>{formatYearRange(strategy.startYear, strategy.endYear)}</dd>
        </div>
        <div>
          <dt>{t('strategy.status')}</dt>
          <dd>{t(`strategy.statuses.${strategy.status}`)}</dd>
        </div>
        <div>
          <dt>{t('strategy.updated')}</dt>
          <dd>
            <time dateTime={strategy.updatedAt}>{formatDate(strategy.updatedAt, locale)}</time>
          </dd>
        </div>
      </dl>
      {strategy.overallGoal && (
        <div className="overall-goal">
          <h3>{t('strategy.overallGoal')}</h3>
          <p lang={CONTENT_LANGUAGE}>{strategy.overallGoal}</p>
        </div>
      )}
    </section>
  )
}
