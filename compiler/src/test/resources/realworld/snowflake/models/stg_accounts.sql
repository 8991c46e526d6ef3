select
    id as account_id,
    trim(name) as name,
    nvl(status, 'unknown') as status,
    iff(plan ilike 'enterprise%', 'enterprise', plan) as plan,
    coalesce(mrr, 0) as mrr,
    cast(created_at as timestamp_ntz) as created_at,
    region
from raw.accounts
where not is_deleted
