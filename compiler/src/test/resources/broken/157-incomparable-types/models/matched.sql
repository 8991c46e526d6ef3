select u.id
from analytics.users u
join analytics.orders o on o.user_id = u.email
where u.created_at > 5
