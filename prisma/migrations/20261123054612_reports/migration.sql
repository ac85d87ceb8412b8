-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('draft', 'approved');

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'draft',
    "snapshot" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "authorId" INTEGER NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "analyses" JSONB NOT NULL DEFAULT '{}',
    "approvedAt" TIMESTAMP(3),
    "approvedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Report_periodId_idx" ON "Report"("periodId");

-- CreateIndex
CREATE INDEX "Report_status_idx" ON "Report"("status");

-- At most one report per period that is not archived (Prisma cannot express a partial index; the drift check
-- leaves it alone). Two simultaneous creates for a period cannot both succeed.
CREATE UNIQUE INDEX "Report_periodId_live_key" ON "Report"("periodId") WHERE "archivedAt" IS NULL;

-- Reports are part of the public record: audited like everything else.
CREATE TRIGGER "Report_audit" AFTER INSERT OR UPDATE OR DELETE ON "Report" FOR EACH ROW EXECUTE FUNCTION audit_row('id');

-- An approved report is published and must never change (docs/progress.md → Lägesrapport): no UPDATE of an
-- approved row at all (its figures, summary, analyses, status, approval), and no DELETE of any report, whoever
-- asks. A draft changes freely; the UPDATE that approves it is the last one.
CREATE FUNCTION report_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'Reports cannot be deleted (% refused): archive a draft instead', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'Report % is approved and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Report_immutable" BEFORE UPDATE OR DELETE ON "Report" FOR EACH ROW EXECUTE FUNCTION report_immutable();
CREATE TRIGGER "Report_no_truncate" BEFORE TRUNCATE ON "Report" FOR EACH STATEMENT EXECUTE FUNCTION report_immutable();
