-- The kd benchmark pipeline in the DuckDB shell (generated from pipeline.sqlite.sql by hand-checked
-- substitutions: read_csv for .import, // for integer division, LEAST, COUNT_IF, COPY FROM DATABASE).
-- Same semantics as kd on the generated ward: R-EXCL-* from status and admission date, R-QUOTA
-- per unit with e = min(E, floor(20*(G+E)/120)), lowering by score then votes (ties at the cut
-- keep their level: rank() > allowed is lowered), then the summary counts per class and level.
-- Each step prints "T,<step>,<seconds since the epoch>" when it ends.
SELECT 'T', 'start', epoch_us(get_current_timestamp()) / 1e6;
CREATE TABLE units AS SELECT * FROM read_csv('@DIR@/units.csv', all_varchar = true, header = true);
CREATE TABLE collectives AS SELECT * FROM read_csv('@DIR@/collectives.csv', all_varchar = true, header = true);
SELECT 'T', 'load units', epoch_us(get_current_timestamp()) / 1e6;
CREATE TABLE roster AS SELECT * FROM read_csv('@DIR@/roster.csv', all_varchar = true, header = true);
CREATE UNIQUE INDEX roster_id ON roster(id);
SELECT 'T', 'load roster', epoch_us(get_current_timestamp()) / 1e6;
CREATE TABLE positions AS SELECT * FROM read_csv('@DIR@/positions.csv', all_varchar = true, header = true);
SELECT 'T', 'load positions', epoch_us(get_current_timestamp()) / 1e6;
CREATE TABLE grades AS SELECT * FROM read_csv('@DIR@/grades.csv', all_varchar = true, header = true);
SELECT 'T', 'load grades', epoch_us(get_current_timestamp()) / 1e6;
CREATE TABLE excl AS
  SELECT id, CASE status WHEN 'exempt' THEN 'exempt' WHEN 'suspended' THEN 'suspended' ELSE 'new-member' END AS reason
  FROM roster WHERE status IN ('exempt', 'suspended') OR (admitted <> '' AND admitted > '@NEWCUT@');
CREATE UNIQUE INDEX excl_id ON excl(id);
SELECT 'T', 'exclude --auto', epoch_us(get_current_timestamp()) / 1e6;
CREATE TABLE graded AS
  SELECT r.id, r.unit, g.level, CAST(g.score AS INTEGER) AS score, CAST(g.votes AS INTEGER) AS votes
  FROM grades g JOIN roster r ON r.id = g.subject WHERE NOT EXISTS (SELECT 1 FROM excl e WHERE e.id = r.id);
CREATE TABLE lowered AS
  WITH pool AS (SELECT * FROM graded WHERE level IN ('HTXSNV', 'HTTNV')),
  allow AS (SELECT unit, LEAST(COUNT_IF(level = 'HTXSNV'), (20 * COUNT(*)) // 120) AS allowed FROM pool GROUP BY unit),
  ranked AS (SELECT id, unit, RANK() OVER (PARTITION BY unit ORDER BY score DESC, votes DESC) AS rk
             FROM pool WHERE level = 'HTXSNV')
  SELECT ranked.id FROM ranked JOIN allow USING (unit) WHERE rk > allowed;
CREATE UNIQUE INDEX lowered_id ON lowered(id);
SELECT 'T', 'cap', epoch_us(get_current_timestamp()) / 1e6;
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
    COUNT_IF(reason = 'exempt') AS exempt, COUNT_IF(reason = 'suspended') AS suspended, COUNT_IF(reason = 'new-member') AS new_member,
    0 AS other, COUNT_IF(reason IS NULL AND level IS NULL) AS not_graded, COUNT_IF(level IS NOT NULL) AS graded,
    COUNT_IF(level = 'HTXSNV') AS htxsnv, COUNT_IF(level = 'HTTNV') AS httnv, COUNT_IF(level = 'HTNV') AS htnv, COUNT_IF(level = 'KHTNV') AS khtnv
  FROM s GROUP BY cls;
SELECT 'S', * FROM summary ORDER BY CASE cls WHEN 'organization' THEN 0 WHEN 'collective' THEN 1 WHEN 'leader' THEN 2 ELSE 3 END;
SELECT 'T', 'report summary', epoch_us(get_current_timestamp()) / 1e6;
ATTACH '@OUT@' AS out; COPY FROM DATABASE memory TO out; DETACH out;
SELECT 'T', 'save', epoch_us(get_current_timestamp()) / 1e6;
