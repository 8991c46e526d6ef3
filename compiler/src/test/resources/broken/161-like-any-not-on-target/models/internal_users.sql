-- PostgreSQL takes ILIKE ANY (ARRAY[...]) only: the list form is an error, the array form is not.
select id, email
from analytics.users
where email ilike any ('%@acme.example', '%@corp.example')
   or first_name ilike any (array['test%', 'demo%'])
