SELECT 42 AS int_value,
       -7 AS negative_value,
       12.50 AS decimal_value,
       1.5E2 AS float_value,
       'it''s' AS quoted_text,
       'café' AS unicode_text,
       '' AS empty_text,
       DATE '2024-02-29' AS date_value,
       TIMESTAMP '2024-02-29 13:45:00' AS timestamp_value,
       TRUE AS true_value,
       FALSE AS false_value,
       CAST(NULL AS VARCHAR) AS null_text,
       CAST(NULL AS INTEGER) AS null_int,
       c_custkey
FROM {{vars.schema}}.customer
WHERE c_custkey <= 2
