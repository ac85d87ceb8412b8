import type { LinkOptions } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { Link } from '@/components/ui/Link'
import { adminSections, type AdminSection } from '../sections'
import '../admin.css'

type Props = {
  /** the section shown; none on /administration itself, where the menu comes with a line about each part */
  current?: AdminSection
  linkOf: (section: AdminSection) => LinkOptions
}

/** The parts of the administration as ordinary links, the current one marked (aria-current). */
export function AdminNav({ current, linkOf }: Props) {
  const { t } = useTranslation('admin')
  return (
    <nav aria-label={t('navLabel')} className={current ? 'admin-nav' : 'admin-nav admin-nav-index'}>
      <ul>
        {adminSections.map((section) => (
          <li key={section}>
            <Link {...linkOf(section)} aria-current={section === current ? 'page' : undefined}>
              {t(`sections.${section}.title`)}
            </Link>
            {!current && <p className="field-hint">{t(`sections.${section}.description`)}</p>}
          </li>
        ))}
      </ul>
    </nav>
  )
}
