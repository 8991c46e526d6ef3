SELECT
  *
FROM
  (SELECT
      "id" AS "user_id",
      "email"
    FROM
      "analytics"."users") AS "u"
  NATURAL INNER JOIN (SELECT
      "user_id",
      "amount"
    FROM
      "analytics"."orders") AS "o"
  INNER JOIN (SELECT
      "user_id",
      "name"
    FROM
      "analytics"."events") AS "e" USING ("user_id")
