-- What every worker delivering to a destination shares, one row per destination: the request-slot
-- time line of its rate limit, its Retry-After gate and its circuit breaker.
-- next_slot / not_before: epoch nanoseconds; opened_at / probe_at / updated_at: epoch milliseconds.
CREATE TABLE destination_controls (
  destination TEXT PRIMARY KEY,
  next_slot   BIGINT NOT NULL,
  not_before  BIGINT NOT NULL,
  circuit     TEXT NOT NULL,
  failures    INTEGER NOT NULL,
  trips       INTEGER NOT NULL,
  opened_at   BIGINT,
  probe_at    BIGINT,
  updated_at  BIGINT NOT NULL
);
