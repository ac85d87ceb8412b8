-- CreateEnum
CREATE TYPE "StrategyStatus" AS ENUM ('draft', 'active', 'archived');

-- CreateEnum
CREATE TYPE "NationalGoal" AS ENUM ('prevention', 'detection_and_support', 'law_enforcement', 'knowledge_and_methods');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('municipality', 'district', 'authority', 'region', 'association');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('adults_subjected', 'children_experiencing', 'perpetrators', 'professionals', 'general_public');

-- CreateEnum
CREATE TYPE "ViolenceArea" AS ENUM ('intimate_partner', 'honour_related', 'sexual', 'prostitution', 'trafficking');

-- CreateEnum
CREATE TYPE "PreventionLevel" AS ENUM ('universal', 'selective', 'indicated');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('increase', 'decrease');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('planned', 'open', 'closed');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'adopted', 'archived');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('planned', 'ongoing', 'completed', 'postponed', 'cancelled');

-- CreateEnum
CREATE TYPE "FollowUpState" AS ENUM ('draft', 'submitted', 'returned', 'approved');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "municipalityCode" TEXT,
    "parentId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Strategy" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "overallGoal" TEXT NOT NULL,
    "status" "StrategyStatus" NOT NULL DEFAULT 'draft',
    "predecessorId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" SERIAL NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "preconditions" TEXT NOT NULL DEFAULT '',
    "nationalGoal" "NationalGoal",
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" SERIAL NOT NULL,
    "goalId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "expectedKinds" "OrganisationKind"[],
    "targetGroups" "TargetGroup"[],
    "violenceAreas" "ViolenceArea"[],
    "preventionLevels" "PreventionLevel"[],
    "activeFromYear" INTEGER,
    "activeToYear" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureExpectedOrganisation" (
    "measureId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "MeasureExpectedOrganisation_pkey" PRIMARY KEY ("measureId","organisationId")
);

-- CreateTable
CREATE TABLE "MeasureSuccession" (
    "measureId" INTEGER NOT NULL,
    "predecessorId" INTEGER NOT NULL,

    CONSTRAINT "MeasureSuccession_pkey" PRIMARY KEY ("measureId","predecessorId")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "goalId" INTEGER,
    "measureId" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "baselineValue" DOUBLE PRECISION,
    "baselineYear" INTEGER,
    "targetValue" DOUBLE PRECISION,
    "targetYear" INTEGER,
    "dataSource" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "organisationId" INTEGER,
    "periodId" INTEGER NOT NULL,
    "value" DOUBLE PRECISION,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'planned',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImplementationPlan" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "strategyId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "adoptedOn" DATE,
    "adoptedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "ImplementationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAction" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "responsibleUnit" TEXT NOT NULL DEFAULT '',
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'planned',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "PlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanActionMeasure" (
    "actionId" INTEGER NOT NULL,
    "measureId" INTEGER NOT NULL,

    CONSTRAINT "PlanActionMeasure_pkey" PRIMARY KEY ("actionId","measureId")
);

-- CreateTable
CREATE TABLE "PlanActionCoOwner" (
    "actionId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "PlanActionCoOwner_pkey" PRIMARY KEY ("actionId","organisationId")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "narrative" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "obstacles" TEXT NOT NULL DEFAULT '',
    "state" "FollowUpState" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_municipalityCode_key" ON "Organisation"("municipalityCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "Goal_parentId_idx" ON "Goal"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_strategyId_code_key" ON "Goal"("strategyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_goalId_code_key" ON "Measure"("goalId", "code");

-- CreateIndex
CREATE INDEX "MeasureExpectedOrganisation_organisationId_idx" ON "MeasureExpectedOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "MeasureSuccession_predecessorId_idx" ON "MeasureSuccession"("predecessorId");

-- CreateIndex
CREATE INDEX "Indicator_goalId_idx" ON "Indicator"("goalId");

-- CreateIndex
CREATE INDEX "Indicator_measureId_idx" ON "Indicator"("measureId");

-- CreateIndex
CREATE INDEX "IndicatorValue_periodId_idx" ON "IndicatorValue"("periodId");

-- CreateIndex
CREATE INDEX "IndicatorValue_organisationId_idx" ON "IndicatorValue"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_periodId_organisationId_key" ON "IndicatorValue"("indicatorId", "periodId", "organisationId") NULLS NOT DISTINCT; -- one county-wide value (organisationId NULL) per indicator and period

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_strategyId_name_key" ON "ReportingPeriod"("strategyId", "name");

-- CreateIndex
CREATE INDEX "ImplementationPlan_organisationId_idx" ON "ImplementationPlan"("organisationId");

-- CreateIndex
CREATE INDEX "ImplementationPlan_strategyId_idx" ON "ImplementationPlan"("strategyId");

-- CreateIndex
CREATE INDEX "PlanAction_planId_idx" ON "PlanAction"("planId");

-- CreateIndex
CREATE INDEX "PlanAction_status_idx" ON "PlanAction"("status");

-- CreateIndex
CREATE INDEX "PlanActionMeasure_measureId_idx" ON "PlanActionMeasure"("measureId");

-- CreateIndex
CREATE INDEX "PlanActionCoOwner_organisationId_idx" ON "PlanActionCoOwner"("organisationId");

-- CreateIndex
CREATE INDEX "FollowUp_periodId_state_idx" ON "FollowUp"("periodId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_actionId_periodId_key" ON "FollowUp"("actionId", "periodId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Strategy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureExpectedOrganisation" ADD CONSTRAINT "MeasureExpectedOrganisation_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureExpectedOrganisation" ADD CONSTRAINT "MeasureExpectedOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureSuccession" ADD CONSTRAINT "MeasureSuccession_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureSuccession" ADD CONSTRAINT "MeasureSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationPlan" ADD CONSTRAINT "ImplementationPlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImplementationPlan" ADD CONSTRAINT "ImplementationPlan_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAction" ADD CONSTRAINT "PlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImplementationPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionMeasure" ADD CONSTRAINT "PlanActionMeasure_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "PlanAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionMeasure" ADD CONSTRAINT "PlanActionMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionCoOwner" ADD CONSTRAINT "PlanActionCoOwner_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "PlanAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanActionCoOwner" ADD CONSTRAINT "PlanActionCoOwner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "PlanAction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma's schema language cannot express (the drift check ignores CHECK constraints).
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_one_owner_check" CHECK (("goalId" IS NULL) <> ("measureId" IS NULL));
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_progress_check" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_dates_check" CHECK ("startsOn" <= "endsOn");
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_years_check" CHECK ("startYear" <= "endYear");
ALTER TABLE "ImplementationPlan" ADD CONSTRAINT "ImplementationPlan_years_check" CHECK ("startYear" <= "endYear");
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_suppressed_check" CHECK (NOT ("suppressed" AND "value" IS NOT NULL));
