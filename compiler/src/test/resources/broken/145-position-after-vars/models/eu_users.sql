-- users of one region
select id, '{{vars.region}}' as region
from analytics.users
where id > {{vars.min_ltv}} and contry = '{{vars.region}}'
