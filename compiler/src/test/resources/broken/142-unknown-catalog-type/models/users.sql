select id, email from analytics.users
