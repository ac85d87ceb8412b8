// createApp(): middleware, the API router, the web app, the error handler. No listen(): tests import it.
import express from 'express'
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

const WEB_ROOT = join(__dirname, '../../frontend/dist')

export function createApp() {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.TRUST_PROXY_HOPS)
  app.use(securityHeaders())
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

  // The built web app (npm run build); every other path is a client-side route.
  if (existsSync(join(WEB_ROOT, 'index.html'))) {
    app.use(express.static(WEB_ROOT, { index: false, maxAge: '1h' }))
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.sendFile('index.html', { root: WEB_ROOT })
    })
  }
  app.use(notFoundHandler)
  app.use(errorHandler)
  return app
}
