SELECT c_custkey, tier
FROM {{vars.schema}}.customer
CROSS JOIN UNNEST(ARRAY['gold', 'silver']) AS tier
WHERE c_custkey < 3
