select id
from analytics.users
where
