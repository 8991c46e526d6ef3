SELECT n.n_name,
       SUM(l.l_extendedprice * (1 - l.l_discount)) AS revenue
FROM {{vars.schema}}.customer c
JOIN {{vars.schema}}.orders o ON c.c_custkey = o.o_custkey
JOIN {{vars.schema}}.lineitem l ON l.l_orderkey = o.o_orderkey
JOIN {{vars.schema}}.nation n ON c.c_nationkey = n.n_nationkey
JOIN {{vars.schema}}.region r ON n.n_regionkey = r.r_regionkey
WHERE r.r_name IN ('AMERICA', 'EUROPE')
GROUP BY n.n_name
HAVING SUM(l.l_extendedprice) > 1000
