SELECT c_custkey, c_name, c_state
FROM {{vars.schema}}.customer
WHERE c_state = 'TN' OR c_state IN ('NY', 'C')
