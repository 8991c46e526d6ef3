-- Paying accounts at risk of churning: low engagement or failed payments.
SELECT
  r.account_id,
  r.account_name,
  r.plan,
  r.mrr,
  e.active_users_30d,
  e.users,
  r.failed_invoices,
  CASE
    WHEN r.failed_invoices > 0 AND e.active_users_30d = 0 THEN 'high'
    WHEN r.failed_invoices > 0 OR e.active_users_30d * 4 < e.users THEN 'medium'
    ELSE 'low'
  END AS risk_level,
  e.last_seen_at
FROM account_revenue r
JOIN account_engagement e ON e.account_id = r.account_id
WHERE r.subscription_status IN ('active', 'past_due')
  AND r.plan <> 'free'
