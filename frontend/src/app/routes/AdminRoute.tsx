import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { AdminNav } from '@/features/admin/components/AdminNav'
import { OrganisationsSection } from '@/features/admin/components/organisations/OrganisationsSection'
import { PeriodsSection } from '@/features/admin/components/periods/PeriodsSection'
import { StrategySection } from '@/features/admin/components/strategy/StrategySection'
import { UsersSection } from '@/features/admin/components/users/UsersSection'
import { isAdminSection, type AdminSection } from '@/features/admin/sections'
import { useParams } from '@/lib/navigation'
import { useDocumentTitle } from '@/lib/page-title'
import { href, paths } from '../site'
import { NotFoundRoute } from './NotFoundRoute'

const views: Record<AdminSection, ComponentType> = {
  strategi: StrategySection,
  perioder: PeriodsSection,
  organisationer: OrganisationsSection,
  anvandare: UsersSection,
}

const hrefOf = (section: AdminSection) => href(paths.adminSection, { section })

/** /administration and /administration/:section (OPK staff): the menu of the parts, then the part chosen. */
export function AdminRoute() {
  const { section } = useParams()
  if (section !== undefined && !isAdminSection(section)) return <NotFoundRoute />
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
      <AdminNav current={section} hrefOf={hrefOf} />
      {View && <View />}
    </>
  )
}
