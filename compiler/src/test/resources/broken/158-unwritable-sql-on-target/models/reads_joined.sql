-- Reads a model that cannot be written: reported once, where the construct is.
select user_id, amount from joined
