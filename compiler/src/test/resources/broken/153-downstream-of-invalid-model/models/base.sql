select id, emial from analytics.users
