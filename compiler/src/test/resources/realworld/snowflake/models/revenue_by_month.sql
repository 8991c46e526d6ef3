select
    i.account_id,
    i.year,
    i.month,
    sum(i.amount) as amount,
    sum(i.count) as invoices,
    max(i.paid_at) as last_paid_at,
    cast(i.year as varchar) || '-' || lpad(cast(i.month as text), 2, '0') as period,
    a.region
from raw.invoices i
join raw.accounts a on a.id = i.account_id
where i.currency = 'USD'
group by i.account_id, i.year, i.month, a.region
