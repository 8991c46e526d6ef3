select id, email
from analytics.customer
