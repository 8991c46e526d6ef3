with ranked as (
    select
        s.*,
        row_number() over (partition by user_id order by started_at) as position
    from analytics.sessions s
)

select
    u.user_id,
    u.email,
    ifnull(u.language, 'en') as language,
    if(u.role = 'admin', 'internal', 'customer') as role,
    count(*) as sessions,
    countif(r.converted) as conversions,
    safe_cast(sum(r.revenue) as float64) as revenue,
    cast(u.user_id as string) as user_key,
    string_agg(distinct r.source, ', ') as sources,
    min(r.date) as first_date,
    date_diff(max(r.date), min(r.date), day) as active_days,
    date_add(min(r.date), interval 30 day) as trial_end,
    max(case when r.position = 1 then r.source end) as first_source
from analytics.users u
join ranked r on r.user_id = u.user_id
where r.date >= '2026-01-01'
group by all
