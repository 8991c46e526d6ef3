with signups as (
  select id, contry from analytics.users
),
spend as (
  select user_id, sum(amout) as spent from analytics.orders group by user_id
)
select s.id, sp.spent, upper(emial) as e
from signups s
join spend sp on sp.user_id = s.id
