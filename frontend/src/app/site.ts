// Facts about the service that the operator fills in (the pages' own addresses are in app/router.tsx).
// PLACEHOLDERS: the organisation that runs Uppföljning replaces both addresses with its own before going live (the
// pages say so until then: see *.placeholder in locales), and dates the accessibility statement anew after each review.

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
