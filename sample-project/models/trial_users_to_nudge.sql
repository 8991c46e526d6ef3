-- Admins of trials ending within a week whose team has barely used the product.
SELECT
  u.id AS user_id,
  u.email,
  u.first_name,
  a.name AS company,
  s.trial_ends_at,
  e.active_users_30d
FROM raw.users u
JOIN raw.accounts a ON a.id = u.account_id
JOIN raw.subscriptions s ON s.account_id = a.id
JOIN account_engagement e ON e.account_id = a.id
WHERE s.status = 'trialing'
  AND u.role = 'admin'
  AND s.trial_ends_at <= CAST('{{vars.as_of}}' AS DATE) + INTERVAL '7' DAY
  AND e.active_users_30d <= 1
