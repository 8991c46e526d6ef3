select id from a
