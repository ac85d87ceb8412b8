import { useRouterState } from '@tanstack/react-router'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from '@/components/ui/Link'
import { LoadingState } from '@/components/ui/LoadingState'
import { SkipLink } from '@/components/ui/SkipLink'
import { UserMenu } from '@/features/auth/components/UserMenu'
import { CONTENT_LANGUAGE } from '@/lib/i18n'
import { AboutLinks } from './AboutLinks'
import { LanguageToggle } from './LanguageToggle'
import { MainNav } from './MainNav'

const MAIN_ID = 'main'

/** Skip link, header (app name, who is signed in, language), main content, footer: the landmarks of every page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  // the page shown (not the one being loaded): focus moves once the new page is there
  const pathname = useRouterState({ select: (state) => (state.resolvedLocation ?? state.location).pathname })
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
          <Link to="/" className="app-name" lang={CONTENT_LANGUAGE}>
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

/** Shown in place of a page whose JavaScript takes a while to arrive. */
export function PagePending() {
  const { t } = useTranslation()
  return <LoadingState>{t('state.loadingPage')}</LoadingState>
}
