select id,
       email,
       lower(email) as email
from analytics.users
