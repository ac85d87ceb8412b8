import { defineConfig } from 'prisma/config'

// Prisma 7 CLI is used only for `prisma generate` (see docs/architecture.md → Migrations).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://unused@127.0.0.1:1/unused' },
})
