-- Keys that failed retryably stay pending through the warehouse's failed-keys table, which every
-- commit reads; this copy in the state store was written and never read.
DROP TABLE pending_keys;
