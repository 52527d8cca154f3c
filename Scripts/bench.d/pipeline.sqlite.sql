-- The kd benchmark pipeline in the sqlite3 shell (Scripts/bench substitutes @DIR@ and @NEWCUT@).
-- Same semantics as kd on the generated ward: R-EXCL-* from status and admission date, R-QUOTA
-- per unit with e = min(E, floor(20*(G+E)/120)), lowering by score then votes (ties at the cut
-- keep their level: rank() > allowed is lowered), then the summary counts per class and level.
-- Each step prints "T,<step>,<seconds since the epoch>" when it ends.
SELECT 'T', 'start', (julianday('now') - 2440587.5) * 86400.0;
.import --csv @DIR@/units.csv units
.import --csv @DIR@/collectives.csv collectives
SELECT 'T', 'load units', (julianday('now') - 2440587.5) * 86400.0;
.import --csv @DIR@/roster.csv roster
CREATE UNIQUE INDEX roster_id ON roster(id);
SELECT 'T', 'load roster', (julianday('now') - 2440587.5) * 86400.0;
.import --csv @DIR@/positions.csv positions
SELECT 'T', 'load positions', (julianday('now') - 2440587.5) * 86400.0;
.import --csv @DIR@/grades.csv grades
SELECT 'T', 'load grades', (julianday('now') - 2440587.5) * 86400.0;
CREATE TABLE excl AS
  SELECT id, CASE status WHEN 'exempt' THEN 'exempt' WHEN 'suspended' THEN 'suspended' ELSE 'new-member' END AS reason
  FROM roster WHERE status IN ('exempt', 'suspended') OR (admitted <> '' AND admitted > '@NEWCUT@');
CREATE UNIQUE INDEX excl_id ON excl(id);
SELECT 'T', 'exclude --auto', (julianday('now') - 2440587.5) * 86400.0;
CREATE TABLE graded AS
  SELECT r.id, r.unit, g.level, CAST(g.score AS INTEGER) AS score, CAST(g.votes AS INTEGER) AS votes
  FROM grades g JOIN roster r ON r.id = g.subject WHERE NOT EXISTS (SELECT 1 FROM excl e WHERE e.id = r.id);
CREATE TABLE lowered AS
  WITH pool AS (SELECT * FROM graded WHERE level IN ('HTXSNV', 'HTTNV')),
  allow AS (SELECT unit, MIN(SUM(level = 'HTXSNV'), (20 * COUNT(*)) / 120) AS allowed FROM pool GROUP BY unit),
  ranked AS (SELECT id, unit, RANK() OVER (PARTITION BY unit ORDER BY score DESC, votes DESC) AS rk
             FROM pool WHERE level = 'HTXSNV')
  SELECT ranked.id FROM ranked JOIN allow USING (unit) WHERE rk > allowed;
CREATE UNIQUE INDEX lowered_id ON lowered(id);
SELECT 'T', 'cap', (julianday('now') - 2440587.5) * 86400.0;
CREATE TABLE final AS
  SELECT id, CASE WHEN id IN (SELECT id FROM lowered) THEN 'HTTNV' ELSE level END AS level FROM graded;
CREATE TABLE summary AS
  WITH people AS (
    SELECT 'member' AS cls, r.id, e.reason, f.level FROM roster r
      LEFT JOIN excl e ON e.id = r.id LEFT JOIN final f ON f.id = r.id
    UNION ALL
    SELECT 'leader', r.id, e.reason, NULL FROM roster r LEFT JOIN excl e ON e.id = r.id
      WHERE r.id IN (SELECT member FROM positions)),
  bodies AS (
    SELECT 'organization' AS cls, code AS id, NULL AS reason, NULL AS level FROM units WHERE kind <> 'group'
    UNION ALL SELECT 'collective', code, NULL, NULL FROM collectives),
  s AS (SELECT * FROM people UNION ALL SELECT * FROM bodies)
  SELECT cls, COUNT(*) AS total, COUNT(reason) AS excluded,
    SUM(reason = 'exempt') AS exempt, SUM(reason = 'suspended') AS suspended, SUM(reason = 'new-member') AS new_member,
    0 AS other, SUM(reason IS NULL AND level IS NULL) AS not_graded, SUM(level IS NOT NULL) AS graded,
    SUM(level = 'HTXSNV') AS htxsnv, SUM(level = 'HTTNV') AS httnv, SUM(level = 'HTNV') AS htnv, SUM(level = 'KHTNV') AS khtnv
  FROM s GROUP BY cls;
SELECT 'S', * FROM summary ORDER BY CASE cls WHEN 'organization' THEN 0 WHEN 'collective' THEN 1 WHEN 'leader' THEN 2 ELSE 3 END;
SELECT 'T', 'report summary', (julianday('now') - 2440587.5) * 86400.0;
VACUUM INTO '@OUT@';
SELECT 'T', 'save', (julianday('now') - 2440587.5) * 86400.0;
