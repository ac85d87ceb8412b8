// A signed-in API client over fetch: the session cookie and the CSRF token, every request bounded in time.
export const DEMO_PASSWORD = 'Demo-2025!uppf'
export const BOTKYRKA = 'botkyrka@demo.uppfoljning.se'

export interface Answer<T = any> {
  /** the HTTP status, or 0 when no answer came (refused, reset, timed out) */
  status: number
  body: T
  /** the Content-Type of the answer */
  type: string
  /** the failure when status is 0 */
  error?: string
  ms: number
}

export class Client {
  constructor(
    public base: string,
    public cookie = '',
    public csrf = '',
    private timeoutMs = 10_000,
  ) {}

  /** The same session against another app instance. */
  at(base: string): Client {
    return new Client(base, this.cookie, this.csrf, this.timeoutMs)
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const started = performance.now()
    try {
      const res = await fetch(`${this.base}/api/v1${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      const text = await res.text()
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {
        // not JSON: keep the text
      }
      const setCookie = res.headers.get('set-cookie')
      if (setCookie?.startsWith('uppf-session=')) this.cookie = setCookie.split(';')[0]
      return { status: res.status, body: parsed as T, type: res.headers.get('content-type') ?? '', ms: performance.now() - started }
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code
      return {
        status: 0,
        body: undefined as T,
        type: '',
        error: `${(error as Error).name}${cause ? ` ${cause}` : ''}: ${(error as Error).message}`,
        ms: performance.now() - started,
      }
    }
  }

  get = <T = any>(path: string) => this.request<T>('GET', path)
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {})
  patch = <T = any>(path: string, body: unknown) => this.request<T>('PATCH', path, body)

  /** Signs in with e-mail and password, then takes the CSRF token from GET /auth/session. */
  static async signIn(base: string, email = BOTKYRKA, password = DEMO_PASSWORD): Promise<Client> {
    const client = new Client(base)
    const login = await client.post('/auth/login', { email, password })
    if (login.status !== 200 || !client.cookie)
      throw new Error(`Sign-in as ${email} failed: ${login.status} ${JSON.stringify(login.body ?? login.error)}`)
    const session = await client.get('/auth/session')
    if (session.status !== 200 || !session.body.csrfToken)
      throw new Error(`No CSRF token: ${session.status} ${JSON.stringify(session.body)}`)
    client.csrf = session.body.csrfToken
    return client
  }
}

/** GET that must answer 200; its body. */
export async function must<T = any>(answer: Promise<Answer<T>>, what: string, status = 200): Promise<T> {
  const a = await answer
  if (a.status !== status) throw new Error(`${what}: expected ${status}, got ${a.status} ${JSON.stringify(a.body ?? a.error)}`)
  return a.body
}
