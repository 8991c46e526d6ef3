SELECT o_custkey,
       COUNT(*) AS orders,
       COUNT(DISTINCT o_orderpriority) AS priorities,
       MIN(o_orderdate) AS first_order,
       MAX(o_totalprice) AS largest,
       SUM(CASE WHEN o_orderstatus = 'F' THEN 1 ELSE 0 END) AS finished
FROM {{vars.schema}}.orders
GROUP BY o_custkey
HAVING COUNT(*) > 1 AND SUM(o_totalprice) > 100000
