with events as (
    select * from stg_events
),

daily as (
    select
        account_id,
        date,
        count(*) as count,
        sum(value) as value,
        listagg(distinct type, ', ') within group (order by type) as types
    from events
    group by all
),

latest as (
    select account_id, max(date) as last_active_date
    from daily
    group by account_id
)

select
    a.account_id,
    a.name,
    a.status,
    a.plan,
    a.mrr,
    l.last_active_date,
    datediff('day', l.last_active_date, current_date) as days_inactive,
    zeroifnull(sum(d.count)) as events_total,
    sum(d.value) as value_total,
    iff(datediff(day, l.last_active_date, current_date) > 30, true, false) as is_dormant
from stg_accounts a
left join latest l on l.account_id = a.account_id
left join daily d on d.account_id = a.account_id and d.date >= dateadd('day', -30, current_date)
group by all
