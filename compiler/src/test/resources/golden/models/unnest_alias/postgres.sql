SELECT
  "u"."id",
  "tag"
FROM
  "analytics"."users" AS "u"
  CROSS JOIN UNNEST(ARRAY['a', 'b']) AS "tag"
