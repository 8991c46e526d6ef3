SELECT id AS customer_id, email, first_name, orders
FROM raw.customers
WHERE orders >= {{vars.min_orders}}
