SELECT l.l_orderkey,
       SUM(l.l_extendedprice * (1 - l.l_discount)) AS revenue,
       o.o_orderdate,
       o.o_orderpriority
FROM {{vars.schema}}.customer c
JOIN {{vars.schema}}.orders o ON c.c_custkey = o.o_custkey
JOIN {{vars.schema}}.lineitem l ON l.l_orderkey = o.o_orderkey
WHERE c.c_mktsegment = 'BUILDING'
  AND o.o_orderdate < DATE '1996-03-15'
GROUP BY l.l_orderkey, o.o_orderdate, o.o_orderpriority
ORDER BY revenue DESC, o.o_orderdate
LIMIT 10
