SELECT
  "USER_ID" AS "user_id",
  "EMAIL" AS "email",
  "AMOUNT" AS "amount",
  "NAME" AS "name"
FROM (
  SELECT
    *
  FROM
    (SELECT
        "ID" AS "USER_ID",
        "EMAIL"
      FROM
        "ANALYTICS"."USERS") AS "U"
    NATURAL INNER JOIN (SELECT
        "USER_ID",
        "AMOUNT"
      FROM
        "ANALYTICS"."ORDERS") AS "O"
    INNER JOIN (SELECT
        "USER_ID",
        "NAME"
      FROM
        "ANALYTICS"."EVENTS") AS "E" USING ("USER_ID")
) AS "EBB_MODEL"
