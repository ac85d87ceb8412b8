import { useTranslation } from 'react-i18next'
import { Link } from '@/components/ui/Link'

/** The pages anyone may read without signing in: the published status reports, the accessibility statement and personal data. */
export function AboutLinks({ withApiDocs = false }: { withApiDocs?: boolean }) {
  const { t } = useTranslation()
  const { t: tReports } = useTranslation('reports')
  return (
    <ul className="link-list">
      <li>
        <Link to="/lagesrapporter">{tReports('pageTitle')}</Link>
      </li>
      <li>
        <Link to="/tillganglighet">{t('accessibility.title')}</Link>
      </li>
      <li>
        <Link to="/personuppgifter">{t('privacy.title')}</Link>
      </li>
      {withApiDocs && (
        <li>
          <a href="/api/v1/docs">{t('app.apiDocs')}</a>
        </li>
      )}
    </ul>
  )
}
