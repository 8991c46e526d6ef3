select id, emale from d_fine
