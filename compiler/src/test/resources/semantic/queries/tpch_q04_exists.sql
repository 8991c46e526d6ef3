SELECT o_orderpriority, COUNT(*) AS order_count
FROM {{vars.schema}}.orders o
WHERE o_orderdate >= DATE '1993-07-01'
  AND o_orderdate < DATE '1997-07-01'
  AND EXISTS (SELECT 1 FROM {{vars.schema}}.lineitem l WHERE l.l_orderkey = o.o_orderkey AND l.l_shipdate > o.o_orderdate)
GROUP BY o_orderpriority
ORDER BY o_orderpriority
