SELECT ss_sold_date,
       ss_sold_date + INTERVAL '30' DAY AS due_date,
       ss_sold_at - INTERVAL '2' HOUR AS local_time,
       EXTRACT(YEAR FROM ss_sold_date) AS sold_year,
       EXTRACT(MONTH FROM ss_sold_at) AS sold_month,
       CAST(ss_sold_at AS DATE) AS sold_day
FROM {{vars.schema}}.store_sales
WHERE ss_sold_date BETWEEN CAST('2000-01-01' AS DATE) AND (CAST('2000-01-01' AS DATE) + INTERVAL '60' DAY)
  AND ss_sold_at < TIMESTAMP '2000-02-20 00:00:00'
