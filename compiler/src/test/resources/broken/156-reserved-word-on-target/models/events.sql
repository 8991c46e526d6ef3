select id,
  timestamp
from analytics.users
