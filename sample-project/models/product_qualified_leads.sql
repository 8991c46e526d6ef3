-- Users of free accounts who use the product enough to talk to sales.
SELECT
  ua.user_id,
  ua.email,
  ua.first_name,
  ua.last_name,
  a.name AS company,
  a.employee_count,
  ua.events_30d,
  ua.features_used_30d,
  ua.last_seen_at
FROM user_activity ua
JOIN raw.accounts a ON a.id = ua.account_id
JOIN raw.subscriptions s ON s.account_id = a.id
WHERE s.plan = 'free'
  AND ua.events_30d >= {{vars.pql_min_events}}
