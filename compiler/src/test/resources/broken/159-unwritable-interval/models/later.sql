select id, ordered_at + interval '1-2' year to month as later
from analytics.orders
