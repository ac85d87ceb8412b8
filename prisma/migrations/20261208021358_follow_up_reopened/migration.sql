-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "reopenedAt" TIMESTAMP(3);
