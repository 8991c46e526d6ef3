-- 'NYC' is longer than the VARCHAR(2) column: it matches no row, and must not be cut to 'NY'.
SELECT c_custkey, c_name, c_state
FROM {{vars.schema}}.customer
WHERE c_state = 'TN' OR c_state IN ('NYC', 'C')
