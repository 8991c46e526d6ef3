package dev.ebb.compiler.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one warehouse accepts where Calcite's validation (which knows every warehouse's functions
 * and coerces types freely) cannot tell: its reserved words, the functions and syntax it lacks, its
 * type names, and how strictly it compares and adds values of different types.
 *
 * <p>{@link #ANY} stands for "no target chosen": reserved words are those every warehouse
 * reserves, and functions, syntax and types are not checked.
 */
final class WarehouseRules {

  /** Syntax that some warehouses do not accept. */
  enum Syntax {
    QUALIFY("QUALIFY"),
    PIVOT("PIVOT"),
    UNPIVOT("UNPIVOT"),
    IGNORE_NULLS("IGNORE NULLS"),
    GROUP_BY_ALL("GROUP BY ALL"),
    ILIKE("ILIKE"),
    /** {@code x LIKE ANY ('a%', 'b%')}, and ALL, SOME, ILIKE. */
    LIKE_ANY_LIST("LIKE ANY (pattern, ...)"),
    /** {@code x LIKE ANY (ARRAY['a%', 'b%'])}. */
    LIKE_ANY_ARRAY("LIKE ANY (ARRAY[...])");

    final String written;

    Syntax(String written) {
      this.written = written;
    }
  }

  static final WarehouseRules ANY;

  private static final Map<String, WarehouseRules> BY_NAME = new HashMap<>();

  private final String name;
  private final Set<String> reserved;
  private final Map<String, String> missingFunctions = new HashMap<>();
  private final Map<Syntax, String> unsupportedSyntax = new HashMap<>();
  private final Map<String, String> foreignTypes = new HashMap<>();
  private boolean textComparesWithNumbers;
  private boolean dateIntegerArithmetic;

  private WarehouseRules(String name, Set<String> reserved) {
    this.name = name;
    this.reserved = reserved;
  }

  /** The rules of a warehouse by its dialect name ({@code snowflake}), or empty if unknown. */
  static Optional<WarehouseRules> of(String dialect) {
    return Optional.ofNullable(BY_NAME.get(dialect.toLowerCase(Locale.ROOT)));
  }

  static Set<String> names() {
    return BY_NAME.keySet();
  }

  /** The warehouse's name for messages, {@code null} for {@link #ANY}. */
  String name() {
    return name;
  }

  /** Whether {@code word} cannot be an unquoted column or table name on this warehouse. */
  boolean reserves(String word) {
    return reserved.contains(word.toUpperCase(Locale.ROOT));
  }

  /** The hint for a function this warehouse does not have (its equivalent), or empty. */
  Optional<String> missingFunction(String function) {
    return Optional.ofNullable(missingFunctions.get(function.toUpperCase(Locale.ROOT)));
  }

  /** The hint for syntax this warehouse does not accept, or empty when it does. */
  Optional<String> unsupported(Syntax syntax) {
    return Optional.ofNullable(unsupportedSyntax.get(syntax));
  }

  /** The hint for a type name this warehouse does not know (its own name), or empty. */
  Optional<String> foreignType(String typeName) {
    return Optional.ofNullable(foreignTypes.get(typeName.toUpperCase(Locale.ROOT)));
  }

  /** Whether {@code text_column = 1} runs: the warehouse casts text to a number on its own. */
  boolean textComparesWithNumbers() {
    return textComparesWithNumbers;
  }

  /** Whether {@code date_column + 7} adds days. */
  boolean dateIntegerArithmetic() {
    return dateIntegerArithmetic;
  }

  // --- the warehouses

  private static final String CASE_HINT = "use CASE WHEN condition THEN a ELSE b END";
  private static final String QUALIFY_HINT =
      "filter in an outer query: SELECT * FROM (SELECT ..., ROW_NUMBER() OVER (...) AS rn ...) AS t WHERE rn = 1";

  static {
    Set<String> common =
        words(
            "ALL AND ANY AS BETWEEN BY CASE CAST CHECK COLUMN CONSTRAINT CREATE CROSS CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DISTINCT ELSE END EXCEPT EXISTS FALSE FETCH FOR FROM FULL GRANT GROUP HAVING IN INNER INTERSECT INTO IS JOIN LATERAL LEFT LIKE LIMIT NATURAL NOT NULL ON OR ORDER OUTER RIGHT SELECT SOME TABLE THEN TO TRUE UNION UNIQUE USING WHEN WHERE WINDOW WITH");
    WarehouseRules postgres =
        warehouse("postgres", common, "ANALYSE ANALYZE ARRAY ASC ASYMMETRIC BOTH COLLATE CURRENT_CATALOG CURRENT_ROLE CURRENT_USER DEFAULT DEFERRABLE DESC DO FOREIGN INITIALLY LEADING LOCALTIME LOCALTIMESTAMP OFFSET ONLY PLACING PRIMARY REFERENCES RETURNING SESSION_USER SYMMETRIC TRAILING USER VARIADIC");
    WarehouseRules redshift =
        warehouse("redshift", common, "AES128 AES256 ALLOWOVERWRITE ANALYSE ANALYZE ARRAY ASC AUTHORIZATION BACKUP BINARY BLANKSASNULL BOTH BYTEDICT CREDENTIALS CURRENT_USER CURRENT_USER_ID DEFAULT DEFERRABLE DEFLATE DEFRAG DELTA DELTA32K DESC DISABLE EMPTYASNULL ENABLE ENCODE ENCRYPT ENCRYPTION EXPLICIT FOREIGN FREEZE GLOBALDICT256 GLOBALDICT64K GZIP IDENTITY IGNORE ILIKE INITIALLY ISNULL LEADING LOCALTIME LOCALTIMESTAMP LUN LUNS LZO LZOP MINUS MOSTLY16 MOSTLY32 MOSTLY8 NEW NOTNULL NULLS OFF OFFLINE OFFSET OID OLD ONLY OPEN OVERLAPS PARALLEL PARTITION PERCENT PERMISSIONS PIVOT PLACING PRIMARY RAW READRATIO RECOVER REFERENCES RESPECT REJECTLOG RESORT RESTORE SESSION_USER SIMILAR SNAPSHOT SYSDATE SYSTEM TAG TDES TEXT255 TEXT32K TIMESTAMP TOP TRAILING TRUNCATECOLUMNS UNNEST UNPIVOT USER VERBOSE WALLET WITHOUT");
    WarehouseRules duckdb =
        warehouse("duckdb", common, "ANALYSE ANALYZE ARRAY ASC ASYMMETRIC BOTH COLLATE CURRENT_CATALOG CURRENT_ROLE CURRENT_USER DEFAULT DEFERRABLE DESC DO FOREIGN INITIALLY LEADING LOCALTIME LOCALTIMESTAMP OFFSET ONLY PIVOT PIVOT_LONGER PIVOT_WIDER PLACING PRIMARY QUALIFY REFERENCES RETURNING SESSION_USER SYMMETRIC TRAILING UNPIVOT USER VARIADIC");
    WarehouseRules snowflake =
        warehouse("snowflake", common, "ALTER CONNECT CONNECTION CURRENT DELETE DROP FOLLOWING GSCLUSTER ILIKE INCREMENT INSERT ISSUE LOCALTIME LOCALTIMESTAMP MINUS OF ORGANIZATION QUALIFY REGEXP REVOKE RLIKE ROW ROWS SAMPLE SET START TABLESAMPLE TRIGGER TRY_CAST UPDATE VALUES VIEW WHENEVER");
    WarehouseRules bigquery =
        warehouse("bigquery", common, "ARRAY ASC ASSERT_ROWS_MODIFIED AT COLLATE CONTAINS CUBE CURRENT DEFAULT DEFINE DESC ENUM ESCAPE EXCLUDE EXTRACT FOLLOWING GROUPING GROUPS HASH IF IGNORE INTERVAL LOOKUP MERGE NEW NO NULLS OF OVER PARTITION PRECEDING PROTO QUALIFY RANGE RECURSIVE RESPECT ROLLUP ROWS SET STRUCT TABLESAMPLE TREAT UNBOUNDED UNNEST WITHIN");
    WarehouseRules databricks =
        warehouse("databricks", common, "ANTI CURRENT_USER EXTERNAL MINUS SEMI");
    // Without a target, a name is refused only where every warehouse refuses it.
    ANY = new WarehouseRules(null, common);
    ANY.textComparesWithNumbers = true;
    ANY.dateIntegerArithmetic = true;

    List<WarehouseRules> pgLike = List.of(postgres, redshift);
    snowflake.textComparesWithNumbers = true;
    databricks.textComparesWithNumbers = true;
    for (WarehouseRules rules : List.of(duckdb, postgres, snowflake, redshift, databricks)) {
      rules.dateIntegerArithmetic = true;
    }

    missing("NVL", "use COALESCE(x, fallback)", postgres, duckdb, bigquery);
    missing("NVL2", "use CASE WHEN x IS NOT NULL THEN a ELSE b END", postgres, duckdb, bigquery);
    missing("DECODE", "use CASE x WHEN value THEN result ... END", postgres, duckdb, bigquery);
    missing("IFF", CASE_HINT, postgres, duckdb, redshift);
    missing("IFF", "use IF(condition, a, b)", bigquery);
    missing("IF", CASE_HINT, postgres, redshift);
    missing("IF", "use IFF(condition, a, b)", snowflake);
    missing("IFNULL", "use COALESCE(x, fallback)", postgres);
    missing("ZEROIFNULL", "use COALESCE(x, 0)", postgres, duckdb, bigquery, redshift, databricks);
    missing("DATEADD", "add an interval: d + INTERVAL '7 day'", postgres, duckdb);
    missing("DATEADD", "use DATE_ADD(d, INTERVAL 7 DAY)", bigquery);
    missing("DATEDIFF", "subtract the dates (d1 - d2 is a number of days) or use date_part", postgres);
    missing("DATEDIFF", "use DATE_DIFF(d1, d2, DAY)", bigquery);
    missing("DATE_DIFF", "use DATEDIFF(day, d2, d1)", snowflake, redshift);
    missing("DATE_DIFF", "subtract the dates (d1 - d2 is a number of days) or use date_part", postgres);
    missing("DATE_ADD", "use DATEADD(day, 7, d)", snowflake, redshift);
    missing("DATE_ADD", "add an interval: d + INTERVAL '7 day'", postgres);
    missing("STRING_AGG", "use LISTAGG(x, ', ')", snowflake, redshift);
    missing("LISTAGG", "use STRING_AGG(x, ', ')", postgres, bigquery);
    missing("TO_CHAR", "use strftime(d, '%Y-%m-%d')", duckdb);
    missing("TO_CHAR", "use FORMAT_DATE('%Y-%m-%d', d) or FORMAT_TIMESTAMP", bigquery);
    missing("SAFE_CAST", "use TRY_CAST(x AS type)", snowflake, duckdb, databricks);
    missing("SAFE_CAST", "use CAST(x AS type)", postgres, redshift);
    missing("TRY_CAST", "use SAFE_CAST(x AS type)", bigquery);
    missing("TRY_CAST", "use CAST(x AS type)", postgres, redshift);
    missing("SAFE_DIVIDE", "use x / NULLIF(y, 0)", postgres, duckdb, snowflake, redshift, databricks);
    missing("GETDATE", "use CURRENT_TIMESTAMP", postgres, duckdb, bigquery);
    missing("LEN", "use LENGTH(x)", postgres, bigquery);

    unsupported(Syntax.QUALIFY, QUALIFY_HINT, postgres);
    unsupported(Syntax.PIVOT, "aggregate with CASE: SUM(CASE WHEN key = 'a' THEN value END) AS a", postgres);
    unsupported(Syntax.UNPIVOT, "use UNION ALL of one SELECT per column", postgres);
    unsupported(Syntax.IGNORE_NULLS, "filter the NULLs in a subquery, or use a FILTER (WHERE x IS NOT NULL) aggregate", postgres);
    unsupported(Syntax.GROUP_BY_ALL, "list the grouping columns: GROUP BY a, b", postgres, redshift);
    unsupported(Syntax.ILIKE, "use LOWER(x) LIKE LOWER(pattern)", bigquery);
    String orEach = "compare with each pattern: x LIKE 'a%' OR x LIKE 'b%'";
    unsupported(Syntax.LIKE_ANY_LIST, "write the patterns as an array: x LIKE ANY (ARRAY['a%', 'b%'])", postgres);
    unsupported(Syntax.LIKE_ANY_LIST, orEach, redshift, duckdb);
    unsupported(Syntax.LIKE_ANY_ARRAY, "list the patterns: x LIKE ANY ('a%', 'b%')", snowflake, databricks, bigquery);
    unsupported(Syntax.LIKE_ANY_ARRAY, orEach, redshift, duckdb);

    foreign("STRING", "use TEXT or VARCHAR", pgLike);
    foreign("INT64", "use BIGINT", postgres, redshift, duckdb, snowflake, databricks);
    foreign("FLOAT64", "use DOUBLE PRECISION", postgres, redshift);
    foreign("FLOAT64", "use DOUBLE", duckdb, snowflake, databricks);
    foreign("NUMBER", "use NUMERIC(p, s)", postgres, redshift, duckdb, bigquery, databricks);
    foreign("TEXT", "use STRING", bigquery, databricks);
    foreign("VARIANT", "use JSON", postgres, duckdb, bigquery);
    foreign("TIMESTAMP_NTZ", "use TIMESTAMP", postgres, redshift, duckdb, bigquery);
    foreign("TIMESTAMP_LTZ", "use TIMESTAMPTZ", postgres, redshift, duckdb);
    foreign("TIMESTAMP_TZ", "use TIMESTAMPTZ", postgres, redshift, duckdb);
    foreign("BYTEINT", "use SMALLINT", postgres, redshift, duckdb, bigquery);
    foreign("DATETIME", "use TIMESTAMP", postgres, redshift, databricks);
    foreign("INT2", "use SMALLINT", snowflake, bigquery, databricks);
    foreign("INT4", "use INTEGER", snowflake, bigquery, databricks);
    foreign("INT8", "use BIGINT", snowflake, bigquery, databricks);
    foreign("FLOAT4", "use FLOAT", bigquery, databricks);
    foreign("FLOAT8", "use FLOAT64", bigquery);
    foreign("FLOAT8", "use DOUBLE", databricks);
    foreign("BOOL", "use BOOLEAN", snowflake, databricks);
    foreign("NVARCHAR", "use STRING", bigquery, databricks);
    foreign("BPCHAR", "use CHAR(n)", snowflake, bigquery, databricks, duckdb);
  }

  private static WarehouseRules warehouse(String name, Set<String> common, String own) {
    Set<String> reserved = new HashSet<>(common);
    reserved.addAll(words(own));
    WarehouseRules rules = new WarehouseRules(name, Set.copyOf(reserved));
    BY_NAME.put(name, rules);
    return rules;
  }

  private static void missing(String function, String hint, WarehouseRules... warehouses) {
    for (WarehouseRules rules : warehouses) {
      rules.missingFunctions.put(function, hint);
    }
  }

  private static void unsupported(Syntax syntax, String hint, WarehouseRules... warehouses) {
    for (WarehouseRules rules : warehouses) {
      rules.unsupportedSyntax.put(syntax, hint);
    }
  }

  private static void foreign(String type, String hint, WarehouseRules... warehouses) {
    foreign(type, hint, List.of(warehouses));
  }

  private static void foreign(String type, String hint, List<WarehouseRules> warehouses) {
    for (WarehouseRules rules : warehouses) {
      rules.foreignTypes.put(type, hint);
    }
  }

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }
}
