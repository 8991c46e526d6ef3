SELECT id FROM analytics.customers
