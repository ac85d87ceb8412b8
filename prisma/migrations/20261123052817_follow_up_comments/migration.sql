-- CreateTable
CREATE TABLE "FollowUpComment" (
    "id" SERIAL NOT NULL,
    "followUpId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowUpComment_followUpId_createdAt_idx" ON "FollowUpComment"("followUpId", "createdAt");

-- AddForeignKey
ALTER TABLE "FollowUpComment" ADD CONSTRAINT "FollowUpComment_followUpId_fkey" FOREIGN KEY ("followUpId") REFERENCES "FollowUp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpComment" ADD CONSTRAINT "FollowUpComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Comments are part of the public record: audited like everything else.
CREATE TRIGGER "FollowUpComment_audit" AFTER INSERT OR UPDATE OR DELETE ON "FollowUpComment" FOR EACH ROW EXECUTE FUNCTION audit_row('followUpId');
