select
  id,
  nvl(first_name, 'unknown') as first_name,
  dateadd('day', 30, created_at) as renewal_at
from analytics.users
