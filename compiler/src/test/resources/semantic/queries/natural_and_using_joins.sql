SELECT *
FROM (SELECT n_nationkey AS nationkey, n_name FROM {{vars.schema}}.nation) AS n
NATURAL JOIN (SELECT c_nationkey AS nationkey, c_name FROM {{vars.schema}}.customer) AS c
