// Facts about the service that the operator fills in. PLACEHOLDERS: the organisation that runs Uppföljning
// replaces both addresses with its own before going live (the pages say so until then: see *.placeholder
// in locales), and dates the accessibility statement anew after each review.

/** Every page's address; `:name` parts are parameters (lib/navigation.tsx matchPath). */
export const paths = {
  home: '/',
  strategy: '/strategi',
  plans: '/planer',
  plan: '/planer/:planId',
  followUp: '/aktiviteter/:actionId/uppfoljning/:periodId',
  review: '/granskning',
  results: '/resultat',
  coverage: '/resultat/tackning',
  map: '/resultat/karta',
  trends: '/resultat/utveckling',
  organisationResults: '/resultat/organisationer/:organisationId',
  reports: '/lagesrapporter',
  report: '/lagesrapporter/:reportId',
  admin: '/administration',
  adminSection: '/administration/:section',
  accessibility: '/tillganglighet',
  privacy: '/personuppgifter',
} as const

/** A page's address with its parameters filled in: `href(paths.plan, { planId: 3 })` → `/planer/3`. */
export function href(pattern: string, params: Record<string, string | number> = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])))
}

/** where accessibility problems are reported (lag 2018:1937 §12) — placeholder */
export const ACCESSIBILITY_EMAIL = 'tillganglighet@example.se'
/** where questions about personal data and requests for a register extract go — placeholder */
export const PRIVACY_EMAIL = 'dataskydd@example.se'
/** the day the accessibility statement was made (the self-assessment it rests on) */
export const ACCESSIBILITY_STATEMENT_DATE = '2026-11-23'
/** Digg's form for reporting a public body's digital service (the supervisory authority) */
export const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan'
/** the data protection authority, for complaints */
export const IMY_URL = 'https://www.imy.se'
