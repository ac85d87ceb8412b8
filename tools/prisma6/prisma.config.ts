// Prisma 6.19 CLI as a native-free migration authoring and drift tool for the Prisma 7 app.
import { defineConfig } from 'prisma/config'
import { PrismaPgMigrate, pgConfig } from './pg-migrate-adapter'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: '.schema6/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
  async adapter() {
    return new PrismaPgMigrate(pgConfig(process.env.DATABASE_URL!))
  },
})
