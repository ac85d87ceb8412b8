// createApp(): middleware, the API router, the web app, the error handler. No listen(): tests import it.
import compression from 'compression'
import express, { type Response } from 'express'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { config } from './config'
import { mount } from './http/route'
import { csrfGuard, sessionLoader } from './http/session'
import { errorHandler, notFoundHandler } from './http/problem'
import { openApiDocument, openApiHtml } from './http/openapi'
import { securityHeaders } from './http/security-headers'
import { routes } from './routes'
import { appVersion } from './version'

/** The built web app (npm run build). */
const WEB_ROOT = join(__dirname, '../../frontend/dist')

/** Hashed files (Vite's `assets/<name>-<hash>.js`) never change under their name: kept by browsers for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** index.html and the other unhashed files: kept, but asked again (ETag/Last-Modified, 304) before every use. */
const REVALIDATE = 'no-cache'

export interface AppOptions {
  /** the folder of the built web app (tests use one of their own); nothing is served from it without index.html */
  webRoot?: string
}

export function createApp({ webRoot = WEB_ROOT }: AppOptions = {}) {
  const app = express()
  app.disable('x-powered-by')
  // ETags only where they are meant: kept answers (http/route.ts) and static files; other API answers are no-store
  app.set('etag', false)
  app.set('trust proxy', config.TRUST_PROXY_HOPS)
  app.use(securityHeaders())
  // brotli or gzip as the client asks (brotli preferred), for API answers and static files above 1 kB whose type
  // compresses (not PDF or XLSX: they are compressed already)
  app.use(compression())
  app.use((req, res, next) => {
    ;(req as { id?: string }).id = randomUUID()
    next()
  })

  const api = express.Router()
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store')
    next()
  })
  api.use(express.json({ limit: '1mb', strict: true }))
  api.use(sessionLoader)
  api.use(csrfGuard)
  const document = openApiDocument(routes, appVersion)
  api.get('/openapi.json', (_req, res) => {
    res.json(document)
  })
  const docsPage = openApiHtml(routes)
  api.get('/docs', (_req, res) => {
    res.type('html').send(docsPage)
  })
  api.use(mount(routes))
  api.use(notFoundHandler)
  app.use('/api/v1', api)
  app.use('/api', notFoundHandler)

  // The built web app (npm run build); every other path is a client-side route, answered with index.html.
  if (existsSync(join(webRoot, 'index.html'))) {
    app.use(
      '/assets',
      express.static(join(webRoot, 'assets'), {
        index: false,
        cacheControl: false,
        setHeaders: (res: Response) => res.setHeader('Cache-Control', IMMUTABLE),
      }),
    )
    app.use('/assets', notFoundHandler) // a missing chunk is a 404, not the app's page
    const files = express.static(webRoot, {
      index: false,
      cacheControl: false,
      setHeaders: (res: Response) => res.setHeader('Cache-Control', REVALIDATE),
    })
    app.use(files)
    // index.html through the same static handler (with its ETag and 304s: res.sendFile follows the app's etag setting)
    app.get(/^\/(?!api\/).*/, (req, res, next) => {
      req.url = '/index.html'
      files(req, res, next)
    })
  }
  app.use(notFoundHandler)
  app.use(errorHandler)
  return app
}
