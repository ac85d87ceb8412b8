// Runs Prisma 6's `migrate diff` from the SQL migrations to schema.prisma against a PostgreSQL server
// (it creates and drops its own shadow database there). Used to author migrations and as the drift check.
import { execFile } from 'node:child_process'
import { join } from 'node:path'

const here = __dirname

export interface Diff {
  inSync: boolean
  sql: string
}

export async function diffMigrationsToSchema(databaseUrl: string): Promise<Diff> {
  await run(process.execPath, [join(here, 'sync-schema.mjs')], databaseUrl)
  const cli = join(here, 'node_modules/prisma/build/index.js')
  const args = [
    cli,
    'migrate',
    'diff',
    '--from-migrations',
    '../../prisma/migrations',
    '--to-schema-datamodel',
    '.schema6/schema.prisma',
    '--script',
    '--exit-code',
  ]
  const { code, stdout, stderr } = await run(process.execPath, args, databaseUrl)
  if (code !== 0 && code !== 2) throw new Error(`prisma migrate diff failed (exit ${code}):\n${stderr}`)
  return { inSync: code === 0, sql: stdout }
}

function run(cmd: string, args: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      cmd,
      args,
      {
        cwd: here,
        maxBuffer: 16 * 1024 * 1024,
        // any existing file stops Prisma from looking for (and downloading) a native engine
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PRISMA_QUERY_ENGINE_LIBRARY: join(here, 'package.json'),
          PRISMA_SCHEMA_ENGINE_BINARY: join(here, 'package.json'),
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as any).code ?? 1) : 0, stdout, stderr }),
    )
  })
}
