SELECT nationkey, n.n_name, c.c_name
FROM (SELECT n_nationkey AS nationkey, n_name FROM {{vars.schema}}.nation) AS n
LEFT JOIN (SELECT c_nationkey AS nationkey, c_name FROM {{vars.schema}}.customer) AS c USING (nationkey)
