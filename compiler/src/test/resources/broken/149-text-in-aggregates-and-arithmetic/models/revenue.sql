select
  country,
  sum(email) as total,
  count(*) + country as mixed
from analytics.users
group by country
