SELECT c_custkey,
       CASE WHEN c_acctbal < 0 THEN 'in debt'
            WHEN c_acctbal < 1000 THEN 'low'
            ELSE 'high' END AS band,
       CASE c_mktsegment WHEN 'BUILDING' THEN 'B' WHEN 'AUTOMOBILE' THEN 'AUTO' ELSE NULL END AS segment_code,
       'x' AS one_char,
       CASE WHEN c_state IS NULL THEN 'unknown' ELSE c_state END AS state_or_unknown
FROM {{vars.schema}}.customer
