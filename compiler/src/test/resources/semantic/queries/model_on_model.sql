SELECT b.band, COUNT(*) AS customers, MAX(b.state_or_unknown) AS some_state
FROM tpcds_case_labels b
JOIN tpch_q13_customer_distribution d ON d.c_count = 1
GROUP BY b.band
