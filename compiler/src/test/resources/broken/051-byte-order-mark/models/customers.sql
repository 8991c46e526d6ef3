SELECT id AS customer_id, emial, first_name, last_name, ltv, signed_up_on
FROM analytics.customers
