-- CreateEnum
CREATE TYPE "Role" AS ENUM ('coordinator', 'opk_staff', 'steering_group');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "totpLastStep" INTEGER,
    "recoveryCodes" TEXT[],
    "oidcIssuer" TEXT,
    "oidcSubject" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserOrganisation" (
    "userId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "UserOrganisation_pkey" PRIMARY KEY ("userId","organisationId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER,
    "csrfToken" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_key" ON "User"("oidcIssuer", "oidcSubject");

-- CreateIndex
CREATE INDEX "UserOrganisation_organisationId_idx" ON "UserOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "UserOrganisation" ADD CONSTRAINT "UserOrganisation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserOrganisation" ADD CONSTRAINT "UserOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Audit trail (docs/architecture.md → History). Every change of an audited table writes an AuditEvent in the
-- same transaction. The acting user comes from the transaction-local setting app.actor (set by the app's
-- write helper); without it the change is recorded as the system's. Arguments: the column that identifies the
-- entity (a link table's parent column), then columns never copied into the history (secrets).
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  secret text;
  row_before jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  row_after jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
BEGIN
  FOREACH secret IN ARRAY TG_ARGV[1:] LOOP
    row_before := row_before - secret;
    row_after := row_after - secret;
  END LOOP;
  IF TG_OP = 'UPDATE' AND row_before = row_after THEN
    RETURN NULL; -- only left-out columns changed (e.g. the last TOTP step)
  END IF;
  -- "at" in UTC like every timestamp Prisma writes, whatever the server's time zone
  INSERT INTO "AuditEvent" ("at", "userId", "entity", "entityId", "action", "before", "after")
  VALUES (now() AT TIME ZONE 'UTC', NULLIF(current_setting('app.actor', true), '')::int, TG_TABLE_NAME,
          (COALESCE(row_after, row_before) ->> TG_ARGV[0])::int, TG_OP, row_before, row_after);
  RETURN NULL;
END $$;

CREATE TRIGGER "Organisation_audit" AFTER INSERT OR UPDATE OR DELETE ON "Organisation" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "Strategy_audit" AFTER INSERT OR UPDATE OR DELETE ON "Strategy" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "Goal_audit" AFTER INSERT OR UPDATE OR DELETE ON "Goal" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "Measure_audit" AFTER INSERT OR UPDATE OR DELETE ON "Measure" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "MeasureExpectedOrganisation_audit" AFTER INSERT OR UPDATE OR DELETE ON "MeasureExpectedOrganisation" FOR EACH ROW EXECUTE FUNCTION audit_row('measureId');
CREATE TRIGGER "MeasureSuccession_audit" AFTER INSERT OR UPDATE OR DELETE ON "MeasureSuccession" FOR EACH ROW EXECUTE FUNCTION audit_row('measureId');
CREATE TRIGGER "Indicator_audit" AFTER INSERT OR UPDATE OR DELETE ON "Indicator" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "IndicatorValue_audit" AFTER INSERT OR UPDATE OR DELETE ON "IndicatorValue" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "ReportingPeriod_audit" AFTER INSERT OR UPDATE OR DELETE ON "ReportingPeriod" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "ImplementationPlan_audit" AFTER INSERT OR UPDATE OR DELETE ON "ImplementationPlan" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "PlanAction_audit" AFTER INSERT OR UPDATE OR DELETE ON "PlanAction" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "PlanActionMeasure_audit" AFTER INSERT OR UPDATE OR DELETE ON "PlanActionMeasure" FOR EACH ROW EXECUTE FUNCTION audit_row('actionId');
CREATE TRIGGER "PlanActionCoOwner_audit" AFTER INSERT OR UPDATE OR DELETE ON "PlanActionCoOwner" FOR EACH ROW EXECUTE FUNCTION audit_row('actionId');
CREATE TRIGGER "FollowUp_audit" AFTER INSERT OR UPDATE OR DELETE ON "FollowUp" FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE TRIGGER "User_audit" AFTER INSERT OR UPDATE OR DELETE ON "User" FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'passwordHash', 'totpSecret', 'recoveryCodes', 'totpLastStep');
CREATE TRIGGER "UserOrganisation_audit" AFTER INSERT OR UPDATE OR DELETE ON "UserOrganisation" FOR EACH ROW EXECUTE FUNCTION audit_row('userId');

-- The history is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
