SELECT SUM(l.l_extendedprice) / 7.0 AS avg_yearly
FROM {{vars.schema}}.lineitem l
JOIN {{vars.schema}}.item i ON i.i_item_sk = l.l_partkey
WHERE i.i_category = 'Books'
  AND l.l_quantity < (SELECT 1.2 * AVG(l2.l_quantity) FROM {{vars.schema}}.lineitem l2 WHERE l2.l_partkey = l.l_partkey)
