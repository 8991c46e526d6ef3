SELECT c_custkey,
       UPPER(c_name) AS upper_name,
       LOWER(c_name) AS lower_name,
       SUBSTRING(c_name FROM 2 FOR 5) AS middle,
       TRIM(BOTH ' ' FROM '  ' || c_name || '  ') AS trimmed,
       CHAR_LENGTH(c_name) AS name_length,
       c_name || ' (' || COALESCE(c_state, '??') || ')' AS label,
       REPLACE(c_name, '#', ' no. ') AS replaced,
       POSITION('#' IN c_name) AS hash_at,
       TRIM(c_mktsegment) AS segment
FROM {{vars.schema}}.customer
WHERE c_name LIKE 'C%' OR c_name LIKE '%''%' OR c_name LIKE 'caf_ %'
