-- DropIndex
DROP INDEX "FollowUp_periodId_state_idx";

-- CreateIndex
CREATE INDEX "FollowUp_period_covering_idx" ON "FollowUp"("periodId", "state", "actionId", "status", "progress", "archivedAt", "submittedAt", "id");
