select id
from analytics.users
where is_active + 1 > 0
