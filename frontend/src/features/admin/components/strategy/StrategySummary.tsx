import type { Strategy } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { formatYearRange } from '@/lib/format'
import { CONTENT_LANGUAGE } from '@/lib/i18n'

/** The strategy in force at a glance, with the way to edit it. */
export function StrategySummary({ strategy, onEdit }: { strategy: Strategy; onEdit: () => void }) {
  const { t } = useTranslation('admin')
  return (
    <section className="admin-card" aria-labelledby="admin-strategy-name">
      <p className="admin-eyebrow">{t('strategy.inForce')}</p>
      <h3 id="admin-strategy-name" lang={CONTENT_LANGUAGE}>
        {strategy.name}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('strategy.years')}</dt>
          <dd>{formatYearRange(strategy.startYear, strategy.endYear)}</dd>
        </div>
        <div>
          <dt>{t('strategy.status')}</dt>
          <dd>{t(`enums.strategyStatus.${strategy.status}`)}</dd>
        </div>
      </dl>
      <h4>{t('strategy.overallGoal')}</h4>
      <p lang={CONTENT_LANGUAGE}>{strategy.overallGoal || t('list.none')}</p>
      <button type="button" className="button button-secondary" onClick={onEdit}>
        {t('strategy.edit')}
      </button>
    </section>
  )
}
