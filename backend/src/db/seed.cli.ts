// npm run db:seed: loads the demo data into DATABASE_URL's database (migrated first: npm run db:migrate).
// Refuses a database that already has a strategy; the embedded database of `npm start` gets the demo data by itself.
import { config } from '../config'
import { connect, disconnect } from './prisma'
import { loadDemoData } from './demo-data'

async function main(): Promise<number> {
  if (!config.DATABASE_URL) {
    console.error(
      'DATABASE_URL saknas. Ange databasen som demodata ska läsas in i, till exempel:\n  DATABASE_URL=postgresql://användare:lösenord@localhost:5432/uppfoljning npm run db:seed\n(Utan DATABASE_URL läser `npm start` in demodata i sin inbyggda databas av sig själv.)',
    )
    return 1
  }
  const started = performance.now()
  try {
    const counts = await loadDemoData(connect(config.DATABASE_URL, 2))
    if (!counts) {
      console.error(
        'Databasen innehåller redan data (det finns minst en strategi). Demodata läses bara in i en tom databas – ingenting har ändrats.',
      )
      return 1
    }
    console.log(`Demodata inläst på ${Math.round(performance.now() - started)} ms:`)
    for (const [what, count] of Object.entries(counts)) console.log(`  ${what}: ${count}`)
    return 0
  } catch (error) {
    const missingTables = (error as { code?: string }).code === 'P2021'
    console.error(
      missingTables
        ? 'Databasen saknar tabeller. Kör `npm run db:migrate` först.'
        : `Demodata kunde inte läsas in: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 1
  } finally {
    await disconnect()
  }
}

main().then((code) => process.exit(code))
