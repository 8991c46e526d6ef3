-- Engagement rolled up from users to their account.
SELECT
  ua.account_id,
  COUNT(*) AS users,
  SUM(CASE WHEN ua.events_30d > 0 THEN 1 ELSE 0 END) AS active_users_30d,
  SUM(ua.events_30d) AS events_30d,
  MAX(ua.last_seen_at) AS last_seen_at
FROM user_activity ua
GROUP BY ua.account_id
