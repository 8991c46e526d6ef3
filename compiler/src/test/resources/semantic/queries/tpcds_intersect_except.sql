SELECT c_custkey FROM {{vars.schema}}.customer
INTERSECT
SELECT o_custkey FROM {{vars.schema}}.orders
EXCEPT
SELECT ss_customer_sk FROM {{vars.schema}}.store_sales WHERE ss_customer_sk IS NOT NULL
