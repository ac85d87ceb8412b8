// Security headers on every answer (helmet): a strict Content-Security-Policy that the built web app runs under
// (Vite emits only external module scripts and stylesheets: no inline script, no inline style), HSTS only when the
// app is reached over https, no referrer, and a browsing-context group of its own (docs/security.md).
import { createHash } from 'node:crypto'
import helmet from 'helmet'
import { config } from '../config'
import { DOCS_STYLE } from './openapi'

/** The CSP source that allows exactly this inline text, e.g. a <style> block, and nothing else. */
export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

export interface SecurityHeaderOptions {
  /** the app is reached over https (PUBLIC_URL starts with https://): send HSTS and upgrade any http request */
  https: boolean
}

/**
 * The helmet middleware. The API docs page (/api/v1/docs) has one inline <style>: its sha256, computed here at
 * start-up, is the only inline content the policy allows.
 */
export function securityHeaders({ https }: SecurityHeaderOptions = { https: config.PUBLIC_URL?.startsWith('https://') ?? false }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", sha256Source(DOCS_STYLE)],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // a browser that has seen the app over https never tries plain http again (a year; never on http, where it
    // would be ignored anyway and would break a local start)
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // the CSP's frame-ancestors 'none' says the same to browsers that read it; this is for the ones that do not
    xFrameOptions: { action: 'deny' },
  })
}
