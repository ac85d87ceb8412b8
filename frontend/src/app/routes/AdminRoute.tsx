import { getRouteApi, linkOptions } from '@tanstack/react-router'
import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { AdminNav } from '@/features/admin/components/AdminNav'
import { OrganisationsSection } from '@/features/admin/components/organisations/OrganisationsSection'
import { PeriodsSection } from '@/features/admin/components/periods/PeriodsSection'
import { StrategySection } from '@/features/admin/components/strategy/StrategySection'
import { UsersSection } from '@/features/admin/components/users/UsersSection'
import type { AdminSection } from '@/features/admin/sections'
import { useDocumentTitle } from '@/lib/page-title'

const views: Record<AdminSection, ComponentType> = {
  strategi: StrategySection,
  perioder: PeriodsSection,
  organisationer: OrganisationsSection,
  anvandare: UsersSection,
}

const linkOf = (section: AdminSection) => linkOptions({ to: '/administration/$section', params: { section } })

const sectionRoute = getRouteApi('/signed-in/staff/administration/$section')

/** /administration (OPK staff): the menu of the parts. */
export function AdminRoute() {
  return <AdminPage />
}

/** /administration/:section (OPK staff; an unknown section is the not-found page, app/router.tsx): the menu, then the part chosen. */
export function AdminSectionRoute() {
  const { section } = sectionRoute.useParams()
  return <AdminPage section={section} />
}

function AdminPage({ section }: { section?: AdminSection }) {
  const { t } = useTranslation('admin')
  useDocumentTitle(section ? `${t(`sections.${section}.title`)} – ${t('pageTitle')}` : t('pageTitle'))
  const View = section ? views[section] : null
  return (
    <>
      <h1>{t('pageTitle')}</h1>
      {!section && <p>{t('intro')}</p>}
      <AdminNav current={section} linkOf={linkOf} />
      {View && <View />}
    </>
  )
}
