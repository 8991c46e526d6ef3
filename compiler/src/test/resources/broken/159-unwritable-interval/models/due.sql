select id,
       ordered_at + interval ({{vars.days}} * 2) day as due_at
from analytics.orders
