SELECT DISTINCT COALESCE(i_brand, i_category) AS brand_or_category,
       NULLIF(i_category, 'Home') AS category,
       i_current_price > 10 AS expensive
FROM {{vars.schema}}.item
