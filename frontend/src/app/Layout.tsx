import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { SkipLink } from '@/components/ui/SkipLink'
import { UserMenu } from '@/features/auth/components/UserMenu'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { Link, usePathname } from '@/lib/navigation'
import { AboutLinks } from './AboutLinks'
import { LanguageToggle } from './LanguageToggle'
import { MainNav } from './MainNav'

const MAIN_ID = 'main'

/** Skip link, header (app name, who is signed in, language), main content, footer: the landmarks of every page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const pathname = usePathname()
  const main = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  // After an in-app navigation, start reading at the new page, as after a full page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    main.current?.focus()
  }, [pathname])

  return (
    <>
      <SkipLink targetId={MAIN_ID}>{t('app.skipLink')}</SkipLink>
      <header className="site-header">
        <div className="container header-row">
          <Link href="/" className="app-name" lang={CONTENT_LANGUAGE}>
            {t('app.name')}
          </Link>
          <div className="header-tools">
            <UserMenu />
            <LanguageToggle />
          </div>
        </div>
        <MainNav />
      </header>
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footerNote')}</p>
          <nav aria-label={t('about.heading')}>
            <AboutLinks withApiDocs />
          </nav>
        </div>
      </footer>
    </>
  )
}
