// Signed-in test users. Each test file gets one user per role (created once per worker database) and a fresh
// session for each; the factories bind the test coordinator to every organisation they create unless told not to.
import type { Role } from '@uppfoljning/contract'
import { db } from '../db/prisma'
import { createSession } from '../auth/sessions'

export interface TestSession {
  userId: number
  token: string
  csrfToken: string
}

export type StandardUser = 'opk' | 'steering' | 'coordinator'
const roles: Record<StandardUser, Role> = { opk: 'opk_staff', steering: 'steering_group', coordinator: 'coordinator' }
const standard: Partial<Record<StandardUser, TestSession>> = {}

/** A new session for a user, as if they had signed in. */
export async function signIn(userId: number): Promise<TestSession> {
  return { userId, ...(await createSession(userId)) }
}

/** A new user with the role (and, for coordinators, the organisations), signed in. */
export async function makeUser(role: Role, organisationIds: number[] = []): Promise<TestSession> {
  const user = await db().user.create({
    data: {
      email: `${role}-${Math.random().toString(36).slice(2)}@test.invalid`,
      name: `Test ${role}`,
      role,
      organisations: { create: organisationIds.map((organisationId) => ({ organisationId })) },
    },
  })
  return signIn(user.id)
}

/** Creates (once per worker database) and signs in the standard users. Runs before each test file. */
export async function signInStandardUsers(): Promise<void> {
  const worker = process.env.JEST_WORKER_ID ?? '1'
  for (const name of Object.keys(roles) as StandardUser[]) {
    const email = `${name}-${worker}@test.invalid`
    const user = await db().user.upsert({ where: { email }, update: {}, create: { email, name: `Test ${name}`, role: roles[name] } })
    standard[name] = await signIn(user.id)
  }
}

export function standardSession(name: StandardUser): TestSession {
  const session = standard[name]
  if (!session) throw new Error('Test users are signed in by backend/src/test/after-all.ts before each file.')
  return session
}
