WITH RECURSIVE chain (id, name, depth, path) AS (
  SELECT id, name, 0, CAST(name AS VARCHAR(200)) FROM {{vars.schema}}.employees WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.name, c.depth + 1, CAST(c.path || ' > ' || e.name AS VARCHAR(200))
  FROM {{vars.schema}}.employees e
  JOIN chain c ON e.manager_id = c.id
)
SELECT id, name, depth, path FROM chain
