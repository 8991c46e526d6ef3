select id, missing_anyway from a_bad_column
