// UI text in Swedish (the default) and English. Every visible string comes from locales/*.json.
import i18n from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { initReactI18next, useTranslation } from 'react-i18next'
import sv from '../locales/sv.json'
import uiSv from '../components/ui/locales/sv.json'
import reportsSv from '../features/reports/locales/sv.json'
import type overviewSv from '../features/overview/locales/sv.json'
import type plansSv from '../features/plans/locales/sv.json'
import type followUpsSv from '../features/follow-ups/locales/sv.json'
import type reviewSv from '../features/review/locales/sv.json'
import type adminSv from '../features/admin/locales/sv.json'
import type resultsSv from '../features/results/locales/sv.json'
import type coverageSv from '../features/coverage/locales/sv.json'

// One namespace per feature (its own locales/ folder), `translation` for the app's shared strings. The start page
// carries only the Swedish strings every page shows (the layout's, the building blocks', the footer's `reports`);
// a page's feature strings load with the page (app/router.tsx: `loadNamespaces` in its loader, beside its chunk),
// and English only when it is chosen.
const bundledSv = { translation: sv, ui: uiSv, reports: reportsSv }
export type Resources = typeof bundledSv & {
  overview: typeof overviewSv
  plans: typeof plansSv
  followUps: typeof followUpsSv
  review: typeof reviewSv
  admin: typeof adminSv
  results: typeof resultsSv
  coverage: typeof coverageSv
}
export type Namespace = keyof Resources
type Loaders = { [N in Namespace]: () => Promise<{ default: Resources[N] }> }

const lazySv: Omit<Loaders, keyof typeof bundledSv> = {
  overview: () => import('../features/overview/locales/sv.json'),
  plans: () => import('../features/plans/locales/sv.json'),
  followUps: () => import('../features/follow-ups/locales/sv.json'),
  review: () => import('../features/review/locales/sv.json'),
  admin: () => import('../features/admin/locales/sv.json'),
  results: () => import('../features/results/locales/sv.json'),
  coverage: () => import('../features/coverage/locales/sv.json'),
}
// The English files must have exactly the Swedish keys: a missing translation fails the type check.
const en: Loaders = {
  translation: () => import('../locales/en.json'),
  ui: () => import('../components/ui/locales/en.json'),
  reports: () => import('../features/reports/locales/en.json'),
  overview: () => import('../features/overview/locales/en.json'),
  plans: () => import('../features/plans/locales/en.json'),
  followUps: () => import('../features/follow-ups/locales/en.json'),
  review: () => import('../features/review/locales/en.json'),
  admin: () => import('../features/admin/locales/en.json'),
  results: () => import('../features/results/locales/en.json'),
  coverage: () => import('../features/coverage/locales/en.json'),
}
const loaders: Record<string, Partial<Loaders>> = { sv: lazySv, en }

/**
 * i18next's backend: a namespace not yet in the store is loaded as its own chunk (react-i18next suspends meanwhile);
 * a failed load (offline) is asked for again on the next use.
 */
const chunkBackend = resourcesToBackend((language: string, namespace: string) => loaders[language]?.[namespace as Namespace]?.() ?? {})

export const languages = [
  // Each language is named in itself, so that a reader of either can find theirs.
  { code: 'sv', name: 'Svenska', locale: 'sv-SE' },
  { code: 'en', name: 'English', locale: 'en-GB' },
] as const
export type Language = (typeof languages)[number]['code']

/** The language of the data (names, titles, the API's problem details): marked with `lang` in an English UI. */
export const CONTENT_LANGUAGE = 'sv'

const STORAGE_KEY = 'uppfoljning.language'
const DEFAULT_LANGUAGE: Language = 'sv'

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: Resources
  }
}

function isLanguage(value: unknown): value is Language {
  return languages.some((l) => l.code === value)
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE // storage blocked (private mode, policy): Swedish
  }
}

// The title is each page's (lib/page-title.ts).
function reflectInDocument(language: string) {
  document.documentElement.lang = language
}

const initialLanguage = storedLanguage()
/** Resolves when the remembered language's first strings are in: main.tsx renders after it (at once for Swedish). */
export const i18nReady: Promise<unknown> = i18n
  .use(chunkBackend)
  .use(initReactI18next)
  .init({
    resources: { sv: bundledSv },
    partialBundledLanguages: true, // the bundled Swedish strings, the rest from chunkBackend
    ns: Object.keys(bundledSv),
    lng: initialLanguage,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false }, // React escapes
  })
  .catch(() => undefined) // strings that could not be loaded are asked for again where they are used
reflectInDocument(i18n.language)
i18n.on('languageChanged', reflectInDocument)

/** Loads namespaces' strings (the current language's): a route's loader awaits its page's, beside the page's chunk. */
export function loadNamespaces(...namespaces: Namespace[]): Promise<void> {
  return i18n.loadNamespaces(namespaces).catch(() => undefined)
}

/** Switch the UI language and remember the choice in this browser. */
export function changeLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // not remembered, still switched
  }
  // i18next loads the language's strings for the namespaces in use, then switches
  i18n.changeLanguage(language).catch(() => undefined)
}

/** The current UI language and its Intl locale (for lib/format.ts). */
export function useLanguage() {
  const { i18n: instance } = useTranslation()
  const current = languages.find((l) => l.code === instance.resolvedLanguage) ?? languages[0]
  return { language: current.code as Language, locale: current.locale }
}

export { i18n }
