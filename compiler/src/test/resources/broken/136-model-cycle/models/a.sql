select id from b
