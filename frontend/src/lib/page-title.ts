// Every page has its own title (WCAG 2.4.2): "Logga in – Uppföljning – Operation Kvinnofrid".
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Sets the document title for as long as the page is shown; follows the language. */
export function useDocumentTitle(pageTitle: string) {
  const { t } = useTranslation()
  const appName = t('app.name')
  useEffect(() => {
    document.title = `${pageTitle} – ${appName}`
  }, [pageTitle, appName])
}
