import type { ReportingPeriod } from '@uppfoljning/contract'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CurrentPeriod } from './CurrentPeriod'
import { PeriodFacts } from './PeriodFacts'

/**
 * The start of OPK staff and the steering group: the period with figures (the open one, else the latest closed),
 * its facts, then `children` for it; or, before any period has opened, a sentence saying so.
 */
export function ReportedPeriod({ children }: { children: (period: ReportingPeriod) => ReactNode }) {
  const { t } = useTranslation('overview')
  return (
    <CurrentPeriod openOnly={false}>
      {({ period }) =>
        period ? (
          <>
            <section aria-labelledby="overview-period">
              <h2 id="overview-period">{t('period.heading', { name: period.name })}</h2>
              <PeriodFacts period={period} />
            </section>
            {children(period)}
          </>
        ) : (
          <p>{t('period.noneReported')}</p>
        )
      }
    </CurrentPeriod>
  )
}
