select
  cast(id as text) as id,
  cast(created_at as timestamp_ntz) as created_at
from analytics.users
