-- Lifetime value of paying customers above the threshold, for the CRM.
SELECT
  r.account_id,
  r.account_name,
  r.domain,
  a.industry,
  a.country,
  r.plan,
  r.mrr,
  r.total_paid AS lifetime_value,
  r.last_invoice_at,
  CASE
    WHEN r.total_paid >= 50000 THEN 'platinum'
    WHEN r.total_paid >= 10000 THEN 'gold'
    ELSE 'silver'
  END AS value_tier
FROM account_revenue r
JOIN raw.accounts a ON a.id = r.account_id
WHERE r.total_paid >= {{vars.min_ltv}}
