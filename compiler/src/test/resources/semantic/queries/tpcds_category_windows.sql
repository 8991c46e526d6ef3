SELECT i.i_category,
       i.i_brand,
       ss.ss_sold_date,
       ss.ss_sales_price * ss.ss_quantity AS sales,
       SUM(ss.ss_sales_price * ss.ss_quantity) OVER (PARTITION BY i.i_category) AS category_sales,
       RANK() OVER (PARTITION BY i.i_category ORDER BY ss.ss_sales_price * ss.ss_quantity DESC) AS sales_rank,
       ROW_NUMBER() OVER (ORDER BY ss.ss_sold_at) AS seq,
       LAG(ss.ss_sold_date) OVER (PARTITION BY ss.ss_customer_sk ORDER BY ss.ss_sold_at) AS previous_sale,
       SUM(ss.ss_quantity) OVER (ORDER BY ss.ss_sold_at ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling_qty,
       AVG(ss.ss_sales_price) OVER (PARTITION BY i.i_category ORDER BY ss.ss_sold_at RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_avg
FROM {{vars.schema}}.store_sales ss
JOIN {{vars.schema}}.item i ON i.i_item_sk = ss.ss_item_sk
