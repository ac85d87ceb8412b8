// A TOTP code works once: the last accepted time step is kept on the user (User.totpLastStep).

import { db } from '../../db/prisma'

/**
 * Records `step` as used by the user; false when that step or a later one was already used (a replayed code).
 * One statement, so two requests racing with the same code cannot both succeed.
 */
export async function claimTotpStep(userId: number, step: number): Promise<boolean> {
  const claimed = await db().$executeRaw`UPDATE "User" SET "totpLastStep" = ${step}
    WHERE "id" = ${userId} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`
  return claimed === 1
}

/** Forgets the user's last step (two-factor authentication turned off). */
export const forgetTotpSteps = (userId: number) => db().user.update({ where: { id: userId }, data: { totpLastStep: null } })
