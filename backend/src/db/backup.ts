// Logical backup and restore without pg_dump (the embedded PostgreSQL ships none, and Debian's pg_dump 15
// refuses a version 18 server): manifest.json plus one COPY text file per table of the public schema.
// The schema is not in the backup: it comes from the migrations, which must be the ones the backup names.
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Client } from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { MIGRATIONS_DIR, migrateDeploy, migrationNames } from './migrate'

export const BACKUP_FORMAT = 'uppfoljning-copy/1'

export interface BackupTable {
  name: string
  file: string
  columns: string[]
  rows: number
  sha256: string
}

export interface Manifest {
  format: typeof BACKUP_FORMAT
  createdAt: string
  serverVersion: string
  migrations: string[]
  tables: BackupTable[]
  /** next value of every sequence of the public schema when the backup was taken */
  sequences: { name: string; nextValue: string }[]
}

/** Thrown when restore finds rows in the target database: a restore never merges into existing data. */
export class DatabaseNotEmpty extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
/** A relation of the public schema, whatever the role's search_path. */
const inPublic = (name: string) => `public.${ident(name)}`

// Tables discovered, not listed: tables added by later migrations are backed up without a code change.
// Generated columns can't be written by COPY FROM, so they are left out (PostgreSQL recomputes them).
const TABLES = `SELECT c.relname AS name,
    array_agg(a.attname::text ORDER BY a.attnum) AS columns
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
  GROUP BY c.relname
  ORDER BY c.relname`

/** The migrations applied to the database (none when it has no history table). */
async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows } = await client.query(`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS ok`)
  if (!rows[0].ok) return []
  const applied = await client.query(`SELECT migration_name FROM public."_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)
  return applied.rows.map((r) => r.migration_name as string)
}

/**
 * Writes a backup of the database at `url` into `dir` (created; refused when it holds files): every table
 * from one consistent snapshot, then manifest.json, written last so that a backup with a manifest is complete.
 */
export async function backup(url: string, dir: string): Promise<Manifest> {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`Katalogen ${dir} finns redan och är inte tom: välj en ny katalog för säkerhetskopian.`)
  mkdirSync(dir, { recursive: true })
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const migrations = await appliedMigrations(client)
    if (migrations.length === 0) throw new Error('Databasen har inga migreringar (_prisma_migrations): är det Uppföljnings databas?')
    const serverVersion = (await client.query('SHOW server_version')).rows[0].server_version as string
    const tables: BackupTable[] = []
    for (const { name, columns } of (await client.query(TABLES)).rows as { name: string; columns: string[] }[]) {
      const file = `${name}.copy`
      const hash = createHash('sha256')
      const copy = `COPY ${inPublic(name)} (${columns.map(ident).join(', ')}) TO STDOUT (FORMAT text, ENCODING 'UTF8')`
      await pipeline(client.query(copyTo(copy)), hashing(hash), createWriteStream(join(dir, file)))
      const rows = (await client.query(`SELECT count(*)::int AS n FROM ${inPublic(name)}`)).rows[0].n as number
      tables.push({ name, file, columns, rows, sha256: hash.digest('hex') })
    }
    const sequences: Manifest['sequences'] = []
    const { rows: found } = await client.query(
      `SELECT sequencename AS name, increment_by::text AS step FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    )
    for (const { name, step } of found as { name: string; step: string }[]) {
      // Read from the sequence itself: pg_sequences shows no value after a setval(…, false) (as a restore leaves it).
      // Sequences are not transactional: this is their current state, at or past the snapshot's.
      const { rows } = await client.query(
        `SELECT (CASE WHEN is_called THEN last_value + $1::bigint ELSE last_value END)::text AS next FROM ${inPublic(name)}`,
        [step],
      )
      sequences.push({ name, nextValue: rows[0].next })
    }
    await client.query('COMMIT')
    const manifest: Manifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), serverVersion, migrations, tables, sequences }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
    return manifest
  } finally {
    await client.end()
  }
}

/**
 * Restores the backup in `dir` into the database at `url`, which must hold no rows (a new database, or one
 * with only the schema). Checks the files and the migrations before writing anything, applies the
 * migrations, then loads every table, resets the sequences and checks the row counts in one transaction:
 * a failed restore leaves no data behind.
 */
export async function restore(url: string, dir: string, migrationsDir = MIGRATIONS_DIR): Promise<Manifest> {
  const manifest = readManifest(dir)
  for (const table of manifest.tables) await verifyFile(dir, table)
  const onDisk = migrationNames(migrationsDir)
  if (!sameList(onDisk, manifest.migrations)) throw migrationsDiffer(manifest.migrations, onDisk, 'programmet')

  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const filled = await tablesWithRows(client)
    if (filled.length > 0) {
      const more = filled.length > 1 ? ` (och ${filled.length - 1} till)` : ''
      throw new DatabaseNotEmpty(
        `Databasen är inte tom: tabellen ${filled[0]}${more} har rader. En säkerhetskopia återläses bara till en tom databas.`,
      )
    }
    const unknown = (await appliedMigrations(client)).filter((name) => !manifest.migrations.includes(name))
    if (unknown.length > 0)
      throw new Error(
        `Databasen har migreringar som säkerhetskopian saknar: ${unknown.join(', ')}. En säkerhetskopia återläses bara till en tom databas.`,
      )
    await migrateDeploy(url, migrationsDir)
    const applied = await appliedMigrations(client)
    if (!sameList(applied, manifest.migrations)) throw migrationsDiffer(manifest.migrations, applied, 'databasen')

    await client.query('BEGIN')
    try {
      // Triggers, foreign-key checks included, are off for this transaction: tables load in any order.
      await client.query('SET LOCAL session_replication_role = replica').catch((error: Error) => {
        throw new Error(`Återläsningen kräver en roll som får sätta session_replication_role (superuser): ${error.message}`)
      })
      for (const table of manifest.tables) {
        const copy = `COPY ${inPublic(table.name)} (${table.columns.map(ident).join(', ')}) FROM STDIN (FORMAT text, ENCODING 'UTF8')`
        await pipeline(createReadStream(join(dir, table.file)), client.query(copyFrom(copy)))
      }
      await resetSequences(client, manifest.sequences)
      for (const table of manifest.tables) {
        const rows = (await client.query(`SELECT count(*)::int AS n FROM ${inPublic(table.name)}`)).rows[0].n as number
        if (rows !== table.rows) throw new Error(`Tabellen ${table.name} fick ${rows} rader, säkerhetskopian har ${table.rows}.`)
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
    return manifest
  } finally {
    await client.end()
  }
}

function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json')
  if (!existsSync(path)) throw new Error(`${path} saknas: katalogen är ingen (fullständig) säkerhetskopia.`)
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest
  if (manifest.format !== BACKUP_FORMAT)
    throw new Error(`Okänt format på säkerhetskopian: ${String(manifest.format)} (väntade ${BACKUP_FORMAT}).`)
  return manifest
}

async function verifyFile(dir: string, table: BackupTable): Promise<void> {
  const path = join(dir, table.file)
  if (!existsSync(path)) throw new Error(`Filen ${path} saknas i säkerhetskopian.`)
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  if (hash.digest('hex') !== table.sha256)
    throw new Error(`Filen ${path} har ändrats eller skadats sedan säkerhetskopieringen (kontrollsumman stämmer inte).`)
}

/** Passes bytes through unchanged, feeding them to `hash`. */
function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      done(null, chunk)
    },
  })
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((name, i) => name === b[i])

function migrationsDiffer(backup: string[], here: string[], hereName: string): Error {
  const missing = backup.filter((name) => !here.includes(name))
  const extra = here.filter((name) => !backup.includes(name))
  const details = [
    missing.length ? `bara i säkerhetskopian: ${missing.join(', ')}` : '',
    extra.length ? `bara i ${hereName}: ${extra.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')
  return new Error(
    `Säkerhetskopians migreringar stämmer inte med ${hereName}s (${details || 'annan ordning'}). ` +
      'Återläs med den version av Uppföljning som tog säkerhetskopian.',
  )
}

/** Tables (in any user schema, the migration history aside) that hold at least one row. */
async function tablesWithRows(client: Client): Promise<string[]> {
  const { rows } = await client.query(`SELECT n.nspname AS schema, c.relname AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND NOT (n.nspname = 'public' AND c.relname = '_prisma_migrations')
    ORDER BY 1, 2`)
  const filled: string[] = []
  for (const { schema, name } of rows as { schema: string; name: string }[]) {
    const { rows: found } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(schema)}.${ident(name)}) AS any`)
    if (found[0].any) filled.push(schema === 'public' ? name : `${schema}.${name}`)
  }
  return filled
}

/**
 * Every sequence of the public schema continues after the highest value its column holds, and never
 * below where it stood at backup time (ids of rows deleted before the backup are not handed out again).
 */
async function resetSequences(client: Client, saved: Manifest['sequences']): Promise<void> {
  const { rows } = await client.query(`SELECT s.relname AS name, t.relname AS "table", a.attname AS "column", q.seqstart::text AS start
    FROM pg_class s
    JOIN pg_namespace n ON n.oid = s.relnamespace
    JOIN pg_sequence q ON q.seqrelid = s.oid
    LEFT JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    LEFT JOIN pg_class t ON t.oid = d.refobjid
    LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND n.nspname = 'public'`)
  const savedNext = new Map(saved.map((s) => [s.name, s.nextValue]))
  for (const { name, table, column, start } of rows as { name: string; table: string | null; column: string | null; start: string }[]) {
    const floor = savedNext.get(name) ?? start
    const highest = table && column ? `(SELECT max(${ident(column)}) + 1 FROM ${inPublic(table)})` : 'NULL'
    // GREATEST ignores NULL (an empty table); is_called = false: the next nextval() returns exactly this value
    await client.query(`SELECT setval($1::regclass, GREATEST($2::bigint, ${highest}), false)`, [inPublic(name), floor])
  }
}
