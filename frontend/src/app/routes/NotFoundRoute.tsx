import { useTranslation } from 'react-i18next'
import { Link } from '@/components/ui/Link'
import { useDocumentTitle } from '@/lib/page-title'

export function NotFoundRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t('notFound.title'))
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  )
}
