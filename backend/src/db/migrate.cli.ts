// npm run db:migrate: applies pending migrations to DATABASE_URL's database (the server also does this at start-up).
import { migrateDeploy } from './migrate'

const url = process.env.DATABASE_URL
if (!url) {
  console.error('Ange DATABASE_URL. (Den inbyggda databasen migreras när appen startar med npm start.)')
  process.exit(1)
}
migrateDeploy(url, undefined, console.log)
  .then((applied) => console.log(applied.length ? `${applied.length} migrering(ar) körda.` : 'Databasen är redan uppdaterad.'))
  .catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
