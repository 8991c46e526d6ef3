select user_id, sum(amount) as ltv
from analytics.orders
group by user_id
having sum(amount) >= {{ vars.min_lvt }}
