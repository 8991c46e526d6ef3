select
    user_id,
    session_id,
    date,
    safe_divide(cast(duration_s as int64), 60) as minutes
from analytics.sessions
where source is not null
qualify row_number() over (partition by user_id order by started_at desc) = 1
