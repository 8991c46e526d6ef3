WITH top_orders AS (
  SELECT o_orderkey, o_custkey, o_totalprice
  FROM {{vars.schema}}.orders
  ORDER BY o_totalprice DESC
  LIMIT 3
),
customers (key, name) AS (
  SELECT c_custkey, c_name FROM {{vars.schema}}.customer
)
SELECT t.o_orderkey, c.name, t.o_totalprice
FROM top_orders t
LEFT JOIN customers c ON c.key = t.o_custkey
