-- raw.shop.orders is declared with database: raw; archive.shop.orders is not.
select o.id, o.user_id, o.amount
from raw.shop.orders o
union all
select id, user_id, amount
from archive.shop.orders
