-- Goal fulfilment of one reporting period ($1) and of the period before it, in ONE statement: the practical floor
-- that GET /progress/goals is compared with (npm run bench). The rules of docs/progress.md, "Implementation progress":
-- live actions (action and plan not archived, plan not 'archived'); a follow-up counts when submitted or approved
-- and not archived; an action's progress in a period is its counted follow-up of the period (planned 0, completed 1,
-- ongoing/postponed as reported, cancelled left out), else a 'completed' carried from its latest earlier counted
-- follow-up; a measure's progress is the mean over its linked actions that count; a goal's is the mean over the
-- measures of the goal and its sub-goals at any depth that have progress (every measure weighs 1).
WITH RECURSIVE
target AS (
  SELECT p.id, p."strategyId" FROM "ReportingPeriod" p WHERE p.id = $1
),
periods AS (
  SELECT p.id, row_number() OVER (ORDER BY p."startsOn", p.id) AS n
  FROM "ReportingPeriod" p JOIN target t ON t."strategyId" = p."strategyId"
  WHERE p."archivedAt" IS NULL
),
-- the position of the period and of the one before it (0 when there is none)
bounds AS (
  SELECT n AS now, n - 1 AS before FROM periods WHERE id = $1
),
previous AS (
  SELECT p.id FROM periods p, bounds b WHERE p.n = b.before
),
live AS (
  SELECT a.id
  FROM "PlanAction" a
  JOIN "ImplementationPlan" pl ON pl.id = a."planId"
  JOIN target t ON t."strategyId" = pl."strategyId"
  WHERE a."archivedAt" IS NULL AND pl."archivedAt" IS NULL AND pl.status <> 'archived'
),
-- per live action, its latest counted follow-up at or before each of the two periods, packed into one number
-- (one hash aggregate, no sort): position × 1000 + the reported progress 0–100, or 200 completed, 300 cancelled
latest AS (
  SELECT
    f."actionId",
    max(per.n * 1000 + code.v) AS now,
    max(per.n * 1000 + code.v) FILTER (WHERE per.n <= b.before) AS before
  FROM "FollowUp" f
  JOIN periods per ON per.id = f."periodId"
  JOIN live l ON l.id = f."actionId"
  CROSS JOIN bounds b
  CROSS JOIN LATERAL (
    SELECT CASE f.status WHEN 'planned' THEN 0 WHEN 'completed' THEN 200 WHEN 'cancelled' THEN 300 ELSE least(100, greatest(0, f.progress)) END AS v
  ) code
  WHERE f."archivedAt" IS NULL AND f.state IN ('submitted', 'approved') AND per.n <= b.now
  GROUP BY f."actionId"
),
-- an action's progress in a period: its own follow-up of the period, else a completion carried forward (null: left out)
standing AS (
  SELECT s."periodId", s."actionId",
    CASE
      WHEN s.packed / 1000 = s.n THEN CASE s.packed % 1000 WHEN 200 THEN 1 WHEN 300 THEN NULL ELSE (s.packed % 1000) / 100.0 END
      WHEN s.packed % 1000 = 200 THEN 1
    END AS progress
  FROM (
    SELECT $1 AS "periodId", l."actionId", l.now AS packed, b.now AS n FROM latest l, bounds b
    UNION ALL
    SELECT p.id, l."actionId", l.before, b.before FROM latest l, bounds b, previous p WHERE l.before IS NOT NULL
  ) s
),
goals AS (
  SELECT g.id, g."parentId" FROM "Goal" g JOIN target t ON t."strategyId" = g."strategyId" WHERE g."archivedAt" IS NULL
),
measures AS (
  SELECT m.id, m."goalId" FROM "Measure" m JOIN goals g ON g.id = m."goalId" WHERE m."archivedAt" IS NULL
),
measure_progress AS (
  SELECT s."periodId", pam."measureId", avg(s.progress) AS progress
  FROM standing s
  JOIN "PlanActionMeasure" pam ON pam."actionId" = s."actionId"
  JOIN measures m ON m.id = pam."measureId"
  WHERE s.progress IS NOT NULL
  GROUP BY s."periodId", pam."measureId"
),
-- every goal with itself and each goal below it
tree AS (
  SELECT id AS root, id AS goal FROM goals
  UNION ALL
  SELECT tree.root, g.id FROM tree JOIN goals g ON g."parentId" = tree.goal
)
SELECT
  g.id AS "goalId",
  avg(mp.progress) FILTER (WHERE mp."periodId" = $1)::float8 AS progress,
  avg(mp.progress) FILTER (WHERE mp."periodId" <> $1)::float8 AS previous
FROM goals g
JOIN tree ON tree.root = g.id
LEFT JOIN measures m ON m."goalId" = tree.goal
LEFT JOIN measure_progress mp ON mp."measureId" = m.id
GROUP BY g.id
ORDER BY g.id
