-- Product usage per user over the 30 days before the reporting date.
WITH recent AS (
  SELECT e.user_id, e.event_type, e.feature, e.occurred_at
  FROM raw.product_events e
  WHERE e.occurred_at >= CAST('{{vars.as_of}}' AS TIMESTAMP) - INTERVAL '30' DAY
)
SELECT
  u.id AS user_id,
  u.account_id,
  u.email,
  u.first_name,
  u.last_name,
  u.role,
  COUNT(r.user_id) AS events_30d,
  COUNT(DISTINCT r.feature) AS features_used_30d,
  MAX(r.occurred_at) AS last_seen_at
FROM raw.users u
LEFT JOIN recent r ON r.user_id = u.id
GROUP BY u.id, u.account_id, u.email, u.first_name, u.last_name, u.role
