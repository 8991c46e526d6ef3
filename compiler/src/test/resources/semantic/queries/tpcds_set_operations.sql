SELECT c_custkey AS customer_key, 'customer' AS origin FROM {{vars.schema}}.customer WHERE c_state = 'TN'
UNION
SELECT ss_customer_sk, 'store' FROM {{vars.schema}}.store_sales WHERE ss_quantity > 2
UNION ALL
SELECT o_custkey, 'order' FROM {{vars.schema}}.orders WHERE o_orderstatus = 'P'
