// Around each test file: sign in the standard test users first; close the database pool last so Jest can exit.
import { disconnect } from '../db/prisma'
import { signInStandardUsers } from './users'

beforeAll(async () => {
  await signInStandardUsers()
})

afterAll(async () => {
  await disconnect()
})
