-- Small TPC-H- and TPC-DS-like tables, seeded with rows that exercise NULLs, ties, padding and
-- dates. Portable SQL: runs as is on DuckDB and PostgreSQL, in the schema named {{schema}}.
CREATE TABLE {{schema}}.region (r_regionkey INTEGER, r_name VARCHAR(25));
CREATE TABLE {{schema}}.nation (n_nationkey INTEGER, n_name VARCHAR(25), n_regionkey INTEGER);
CREATE TABLE {{schema}}.customer (c_custkey INTEGER, c_name VARCHAR(25), c_nationkey INTEGER, c_acctbal DECIMAL(12, 2), c_mktsegment CHAR(10), c_birth_date DATE, c_state VARCHAR(2));
CREATE TABLE {{schema}}.orders (o_orderkey INTEGER, o_custkey INTEGER, o_orderstatus CHAR(1), o_totalprice DECIMAL(12, 2), o_orderdate DATE, o_orderpriority VARCHAR(15));
CREATE TABLE {{schema}}.lineitem (l_orderkey INTEGER, l_linenumber INTEGER, l_partkey INTEGER, l_quantity DECIMAL(12, 2), l_extendedprice DECIMAL(12, 2), l_discount DECIMAL(12, 2), l_tax DECIMAL(12, 2), l_returnflag CHAR(1), l_shipdate DATE, l_comment VARCHAR(44));
CREATE TABLE {{schema}}.item (i_item_sk INTEGER, i_category VARCHAR(50), i_brand VARCHAR(50), i_current_price DECIMAL(7, 2));
CREATE TABLE {{schema}}.store_sales (ss_sold_date DATE, ss_sold_at TIMESTAMP, ss_item_sk INTEGER, ss_customer_sk INTEGER, ss_quantity INTEGER, ss_sales_price DECIMAL(7, 2), ss_coupon_amt DOUBLE PRECISION);
CREATE TABLE {{schema}}.employees (id INTEGER, manager_id INTEGER, name VARCHAR(20), salary INTEGER);
INSERT INTO {{schema}}.region VALUES (0, 'AFRICA'), (1, 'AMERICA'), (2, 'EUROPE');
INSERT INTO {{schema}}.nation VALUES (0, 'ALGERIA', 0), (1, 'ARGENTINA', 1), (2, 'BRAZIL', 1), (3, 'FRANCE', 2), (4, 'GERMANY', 2), (5, 'KENYA', 0);
INSERT INTO {{schema}}.customer VALUES
  (1, 'Customer#1', 1, 711.56, 'BUILDING', DATE '1980-03-14', 'TN'),
  (2, 'Customer#2', 3, 121.65, 'AUTOMOBILE', DATE '1975-11-02', 'CA'),
  (3, 'Customer#3', 3, 7498.12, 'BUILDING', DATE '1990-01-31', 'TN'),
  (4, 'O''Brien', 4, 2866.83, 'MACHINERY', NULL, 'NY'),
  (5, 'café crème', 0, -272.60, 'HOUSEHOLD', DATE '2000-02-29', NULL),
  (6, 'Customer#6', 2, 0.00, 'FURNITURE', DATE '1968-07-04', 'TN'),
  (7, 'Customer#7', NULL, 9561.95, 'AUTOMOBILE', DATE '1985-12-25', 'CA');
INSERT INTO {{schema}}.orders VALUES
  (1, 1, 'O', 173665.47, DATE '1996-01-02', '5-LOW'),
  (2, 1, 'F', 46929.18, DATE '1996-12-01', '1-URGENT'),
  (3, 2, 'F', 193846.25, DATE '1993-10-14', '5-LOW'),
  (4, 3, 'O', 32151.78, DATE '1995-10-11', '5-LOW'),
  (5, 3, 'F', 144659.20, DATE '1994-07-30', '5-LOW'),
  (6, 4, 'F', 58749.59, DATE '1992-02-21', '4-NOT SPECIFIED'),
  (7, 6, 'O', 252004.18, DATE '1996-01-10', '2-HIGH'),
  (8, 7, 'P', 208660.75, DATE '1998-07-16', '2-HIGH'),
  (9, 7, 'O', 163243.98, DATE '1995-07-16', '1-URGENT');
INSERT INTO {{schema}}.lineitem VALUES
  (1, 1, 10, 17, 21168.23, 0.04, 0.02, 'N', DATE '1996-03-13', 'egular courts above the'),
  (1, 2, 11, 36, 45983.16, 0.09, 0.06, 'N', DATE '1996-04-12', 'ly final dependencies: slyly bold'),
  (2, 1, 10, 38, 44694.46, 0.00, 0.05, 'N', DATE '1997-01-28', 'ven requests. deposits breach a'),
  (3, 1, 12, 45, 54058.05, 0.06, 0.00, 'R', DATE '1994-02-02', 'ongside of the furiously brave acco'),
  (3, 2, 10, 49, 46796.47, 0.10, 0.00, 'R', DATE '1993-11-09', ' unusual accounts. eve'),
  (4, 1, 13, 30, 39890.88, 0.03, 0.08, 'N', DATE '1996-01-10', 'sly final accounts'),
  (5, 1, 11, 15, 14495.10, 0.02, 0.04, 'R', DATE '1994-10-31', 'ts wake furiously'),
  (5, 2, 12, 26, 31603.94, 0.07, 0.08, 'A', DATE '1994-10-16', 'sts use slyly quickly special instruc'),
  (6, 1, 14, 37, 50789.96, 0.08, 0.03, 'A', DATE '1992-04-27', 'p furiously special foxes'),
  (7, 1, 10, 12, 13309.60, 0.07, 0.03, 'N', DATE '1996-02-01', 'ss pinto beans wake against th'),
  (7, 2, 13, 9, 11594.16, 0.08, 0.08, 'N', DATE '1996-01-15', 'jole. bold accounts'),
  (8, 1, 11, 46, 51474.56, 0.10, 0.02, 'N', DATE '1998-08-01', NULL),
  (9, 1, 12, 28, 30140.70, 0.04, 0.06, 'N', DATE '1995-08-11', 'the slyly even');
INSERT INTO {{schema}}.item VALUES
  (10, 'Books', 'amalgamalg #1', 9.99), (11, 'Books', 'exportiunivamalg #2', 27.50),
  (12, 'Electronics', 'importoimporto #1', 199.00), (13, 'Home', NULL, 3.25), (14, 'Electronics', 'edu packscholar #1', 0.99);
INSERT INTO {{schema}}.store_sales VALUES
  (DATE '2000-01-03', TIMESTAMP '2000-01-03 09:15:00', 10, 1, 3, 9.99, 0.5),
  (DATE '2000-01-03', TIMESTAMP '2000-01-03 18:40:30', 12, 3, 1, 189.00, 10.0),
  (DATE '2000-01-17', TIMESTAMP '2000-01-17 12:00:00', 11, 1, 2, 27.50, NULL),
  (DATE '2000-02-01', TIMESTAMP '2000-02-01 08:05:00', 13, 2, 7, 3.25, 0.25),
  (DATE '2000-02-14', TIMESTAMP '2000-02-14 20:30:00', 12, 6, 2, 199.00, 0.0),
  (DATE '2000-02-29', TIMESTAMP '2000-02-29 23:59:59', 14, 7, 5, 0.99, 0.1),
  (DATE '2000-03-31', TIMESTAMP '2000-03-31 00:00:01', 10, 3, 4, 8.99, 1.5),
  (DATE '2001-01-03', TIMESTAMP '2001-01-03 10:10:10', 11, NULL, 1, 26.00, NULL);
INSERT INTO {{schema}}.employees VALUES
  (1, NULL, 'Ada', 300), (2, 1, 'Grace', 200), (3, 1, 'Linus', 210), (4, 2, 'Barbara', 150), (5, 4, 'Ken', 120), (6, 3, 'Dennis', 130);
