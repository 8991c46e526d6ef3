SELECT c_count, COUNT(*) AS custdist
FROM (
  SELECT c.c_custkey, COUNT(o.o_orderkey) AS c_count
  FROM {{vars.schema}}.customer c
  LEFT OUTER JOIN {{vars.schema}}.orders o
    ON c.c_custkey = o.o_custkey AND o.o_orderpriority NOT LIKE '%URGENT%'
  GROUP BY c.c_custkey
) AS c_orders
GROUP BY c_count
