// After each test file: close the file's database pool so that Jest can exit.
import { disconnect } from '../db/prisma'

afterAll(async () => {
  await disconnect()
})
