import request from 'supertest'
import http from 'node:http'
import { createApp } from '../../app'
import { api } from '../../test/api'
import { loadSession } from '../../auth/sessions'
import { standardSession } from '../../test/users'
jest.setTimeout(120000)
it('speed', async () => {
  const t = async (label: string, f: () => Promise<unknown>, n = 100) => { const s = Date.now(); for (let i = 0; i < n; i++) await f(); console.log(label, (Date.now() - s) / n, 'ms') }
  await t('anon 401', () => api('anonymous').get('/api/v1/goals/abc'))
  await t('loadSession', () => loadSession(standardSession('opk').token))
  const app = createApp()
  const server = app.listen(0)
  await t('persistent anon 401', () => request(server).get('/api/v1/goals/abc'))
  await t('persistent opk 400', () => request(server).get('/api/v1/goals/abc').set('Cookie', `uppf-session=${standardSession('opk').token}`))
  const agent = new http.Agent({ keepAlive: true })
  await t('persistent keepalive anon 401', () => request(server).get('/api/v1/goals/abc').agent(agent))
  await t('bare http server', () => new Promise<void>((resolve) => { const s = http.createServer((_q, r) => r.end('x')).listen(0, () => { http.get(`http://127.0.0.1:${(s.address() as any).port}/`, (res) => { res.resume(); res.on('end', () => s.close(() => resolve())) }) }) }))
  server.close()
})
