// The strength check of a new password, wherever one is set (a user's own change, OPK staff creating or changing a
// user): the rules are auth/passwords.ts passwordProblem; this adds what they read from the database.
import { passwordProblem } from '../../auth/passwords'
import { db } from '../../db/prisma'
import { ruleBroken } from '../../errors'

/**
 * Throws 422 naming `path` when `password` is too weak for the user with `email`: too short or long, a common or
 * breached password, or built only from the words of the organisations' names and of the user's e-mail address.
 */
export async function assertStrongPassword(password: string, email: string, path: string): Promise<void> {
  const organisations = await db().organisation.findMany({ select: { name: true } })
  const problem = passwordProblem(password, [email, ...organisations.map((o) => o.name)])
  if (problem) throw ruleBroken(problem, path)
}
