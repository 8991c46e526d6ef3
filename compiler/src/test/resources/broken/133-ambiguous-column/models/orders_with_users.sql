select u.email, id
from analytics.users u
join analytics.orders o on o.user_id = u.id
