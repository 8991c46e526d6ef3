select m.id, u.email
from middle m
join analytics.users u on u.id = m.id
