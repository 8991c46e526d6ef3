with firsts as (
  select user_id, min(ordered_at) as first_at from analytics.orders group by user_id
)
select user_id, last_at from firsts
