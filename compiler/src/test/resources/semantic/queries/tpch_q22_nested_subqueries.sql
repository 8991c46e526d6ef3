SELECT cntrycode, COUNT(*) AS numcust, SUM(c_acctbal) AS totacctbal
FROM (
  SELECT SUBSTRING(c_name FROM 1 FOR 4) AS cntrycode, c_acctbal
  FROM {{vars.schema}}.customer c
  WHERE c_acctbal > (SELECT AVG(c_acctbal) FROM {{vars.schema}}.customer WHERE c_acctbal > 0.00)
    AND NOT EXISTS (SELECT * FROM {{vars.schema}}.orders o WHERE o.o_custkey = c.c_custkey AND o.o_orderstatus = 'P')
) AS custsale
GROUP BY cntrycode
