select id from analytics.users
