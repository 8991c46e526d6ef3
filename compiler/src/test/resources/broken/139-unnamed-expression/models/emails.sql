select id, lower(email)
from analytics.users
