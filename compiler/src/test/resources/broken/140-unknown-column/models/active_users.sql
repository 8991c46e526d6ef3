select id,
       emial
from analytics.users
where is_active
