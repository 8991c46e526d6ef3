insert into analytics.users (id, email)
select id, email from analytics.users
