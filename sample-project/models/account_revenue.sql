-- Revenue facts per account: current MRR and invoice history.
SELECT
  a.id AS account_id,
  a.name AS account_name,
  a.domain,
  s.plan,
  s.status AS subscription_status,
  s.mrr,
  COALESCE(SUM(CASE WHEN i.status = 'paid' THEN i.amount END), 0) AS total_paid,
  COUNT(CASE WHEN i.status = 'failed' THEN 1 END) AS failed_invoices,
  MAX(i.issued_at) AS last_invoice_at
FROM raw.accounts a
JOIN raw.subscriptions s ON s.account_id = a.id
LEFT JOIN raw.invoices i ON i.account_id = a.id
GROUP BY a.id, a.name, a.domain, s.plan, s.status, s.mrr
