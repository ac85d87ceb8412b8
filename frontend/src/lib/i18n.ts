// UI text in Swedish (the default) and English. Every visible string comes from locales/*.json.
import i18n from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import sv from '../locales/sv.json'
import enJson from '../locales/en.json'
import uiSv from '../components/ui/locales/sv.json'
import uiEn from '../components/ui/locales/en.json'
import overviewSv from '../features/overview/locales/sv.json'
import overviewEn from '../features/overview/locales/en.json'
import plansSv from '../features/plans/locales/sv.json'
import plansEn from '../features/plans/locales/en.json'
import followUpsSv from '../features/follow-ups/locales/sv.json'
import followUpsEn from '../features/follow-ups/locales/en.json'
import reviewSv from '../features/review/locales/sv.json'
import reviewEn from '../features/review/locales/en.json'
import adminSv from '../features/admin/locales/sv.json'
import adminEn from '../features/admin/locales/en.json'
import resultsSv from '../features/results/locales/sv.json'
import resultsEn from '../features/results/locales/en.json'
import coverageSv from '../features/coverage/locales/sv.json'
import coverageEn from '../features/coverage/locales/en.json'
import reportsSv from '../features/reports/locales/sv.json'
import reportsEn from '../features/reports/locales/en.json'

// One namespace per feature (its own locales/ folder), `translation` for the app's shared strings.
const svResources = { translation: sv, ui: uiSv, overview: overviewSv, plans: plansSv, followUps: followUpsSv, review: reviewSv, admin: adminSv, results: resultsSv, coverage: coverageSv, reports: reportsSv }
// The English files must have exactly the Swedish keys: a missing translation fails the type check.
const enResources: typeof svResources = { translation: enJson, ui: uiEn, overview: overviewEn, plans: plansEn, followUps: followUpsEn, review: reviewEn, admin: adminEn, results: resultsEn, coverage: coverageEn, reports: reportsEn }

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
    resources: typeof svResources
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

void i18n.use(initReactI18next).init({
  resources: { sv: svResources, en: enResources },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  interpolation: { escapeValue: false }, // React escapes
})
reflectInDocument(i18n.language)
i18n.on('languageChanged', reflectInDocument)

/** Switch the UI language and remember the choice in this browser. */
export function changeLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // not remembered, still switched
  }
  void i18n.changeLanguage(language)
}

/** The current UI language and its Intl locale (for lib/format.ts). */
export function useLanguage() {
  const { i18n: instance } = useTranslation()
  const current = languages.find((l) => l.code === instance.resolvedLanguage) ?? languages[0]
  return { language: current.code as Language, locale: current.locale }
}

export { i18n }
