select id, nmae from analytics.users
