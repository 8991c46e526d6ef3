SELECT ss_item_sk,
       ss_quantity / 2 AS half_quantity,
       ss_quantity * 1.5 AS scaled,
       ss_sales_price + ss_quantity AS price_plus_quantity,
       ss_coupon_amt * 2 AS double_coupon,
       CASE WHEN ss_quantity > 2.5 THEN 1 ELSE 0 END AS many
FROM {{vars.schema}}.store_sales
WHERE ss_quantity >= 2.0 OR ss_sales_price = 9.99
