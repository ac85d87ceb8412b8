// Prisma 7 forbids `url` in the datasource block and Prisma 6 requires it: derive a 6-compatible copy
// (no generator, no Prisma-7-only preview features).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'

const source = readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8')
const schema6 = source
  .replace(/generator\s+\w+\s*\{[^}]*\}/g, '')
  .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*"postgresql")/, '$1\n  url = env("DATABASE_URL")')
mkdirSync(new URL('.schema6/', import.meta.url), { recursive: true })
writeFileSync(new URL('.schema6/schema.prisma', import.meta.url), schema6)
