select id, lowercase(email) as email
from analytics.users
