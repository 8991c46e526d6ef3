select *
from (select id as user_id, email from analytics.users) u
natural join (select user_id, amount from analytics.orders) o
