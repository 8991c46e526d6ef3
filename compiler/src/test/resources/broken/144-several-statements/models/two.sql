select id from analytics.users;
select id from analytics.orders;
