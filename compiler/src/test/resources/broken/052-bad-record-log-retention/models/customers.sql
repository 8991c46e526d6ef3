SELECT id AS customer_id, email, first_name, last_name, ltv, signed_up_on
FROM analytics.customers
