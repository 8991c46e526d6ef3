select country, email, count(*) as users
from analytics.users
group by country
