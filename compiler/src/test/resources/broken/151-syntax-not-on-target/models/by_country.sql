select country, count(*) as users
from analytics.users
group by all
