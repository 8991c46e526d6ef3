SELECT c.c_custkey,
       (SELECT COUNT(*) FROM {{vars.schema}}.orders o WHERE o.o_custkey = c.c_custkey) AS order_count,
       (SELECT MAX(o.o_orderdate) FROM {{vars.schema}}.orders o WHERE o.o_custkey = c.c_custkey) AS last_order
FROM {{vars.schema}}.customer c
WHERE c.c_nationkey IN (SELECT n_nationkey FROM {{vars.schema}}.nation WHERE n_regionkey <> 0)
  AND c.c_custkey NOT IN (SELECT ss_customer_sk FROM {{vars.schema}}.store_sales WHERE ss_customer_sk IS NOT NULL AND ss_quantity > 4)
