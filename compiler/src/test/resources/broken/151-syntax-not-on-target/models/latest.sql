select id, email
from analytics.users
qualify row_number() over (partition by email order by created_at desc) = 1
