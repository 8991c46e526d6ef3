select
    id as event_id,
    account_id,
    lower(type) as type,
    value,
    timestamp::timestamp_ntz as occurred_at,
    date,
    date_trunc('month', timestamp) as month,
    dateadd(day, 1, date) as next_day,
    date + 7 as week_later
from raw.events
where type is not null
qualify row_number() over (partition by id order by timestamp desc) = 1
