import type { LinkOptions } from '@tanstack/react-router'
import type { ImplementationPlan } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { StatusTag } from '@/components/ui/StatusTag'
import { formatNumber, formatYearRange } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { Link } from '@/components/ui/Link'

type Props = { caption: string; plans: ImplementationPlan[]; planLink: (planId: number) => LinkOptions }

/**
 * Plans as a table, one row per organisation (its name links to the plan). Below 40rem the rows stack and each
 * cell shows its column's name (plans.css), so that nothing is wider than a 320 px screen.
 */
export function PlanTable({ caption, plans, planLink }: Props) {
  const { t } = useTranslation('plans')
  const { locale } = useLanguage()
  const columns = {
    plan: t('list.columns.plan'),
    years: t('list.columns.years'),
    status: t('list.columns.status'),
    actions: t('list.columns.actions'),
  }
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.organisation')}</th>
          <th scope="col">{columns.plan}</th>
          <th scope="col">{columns.years}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col" className="numeric">
            {columns.actions}
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row">
              <Link {...planLink(plan.id)} lang={CONTENT_LANGUAGE}>
                {plan.organisationName}
              </Link>
            </th>
            <td data-label={columns.plan} lang={CONTENT_LANGUAGE}>
              {plan.title}
            </td>
            <td data-label={columns.years} className="nowrap">
              {formatYearRange(plan.startYear, plan.endYear)}
            </td>
            <td data-label={columns.status}>
              <StatusTag kind={`plan-${plan.status}`}>{t(`planStatus.${plan.status}`)}</StatusTag>
            </td>
            <td data-label={columns.actions} className="numeric">
              {formatNumber(plan.actionCount, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
