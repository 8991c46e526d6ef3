package dev.ebb.compiler.sql;

import java.util.List;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Calcite configured for warehouse SQL, built once per JVM: building the operator table and the
 * type factory costs more than validating a model, so every analysis shares them.
 *
 * <p>Unquoted identifiers keep their case and match case-insensitively (DuckDB and PostgreSQL fold
 * to lower case; ebb reports output columns as written).
 */
final class WarehouseSql {

  /** Warehouses hold wide decimals (Snowflake NUMBER(38), BigQuery BIGNUMERIC). */
  private static final RelDataTypeSystem TYPE_SYSTEM =
      new RelDataTypeSystemImpl() {
        @Override
        public int getMaxPrecision(org.apache.calcite.sql.type.SqlTypeName typeName) {
          return typeName == org.apache.calcite.sql.type.SqlTypeName.DECIMAL ? 38 : super.getMaxPrecision(typeName);
        }

        /** {@code INTERVAL '120' DAY} is valid warehouse SQL; standard SQL would need DAY(3). */
        @Override
        public int getDefaultPrecision(org.apache.calcite.sql.type.SqlTypeName typeName) {
          return typeName.getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_DAY_TIME
                  || typeName.getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH
              ? org.apache.calcite.sql.type.SqlTypeName.MAX_INTERVAL_START_PRECISION
              : super.getDefaultPrecision(typeName);
        }
      };

  static final RelDataTypeFactory TYPE_FACTORY = new JavaTypeFactoryImpl(TYPE_SYSTEM);

  /** Standard SQL first so that its operators win over a library's homonym. */
  static final SqlOperatorTable OPERATORS =
      SqlOperatorTables.chain(SqlOperatorTables.of(WarehouseFunctions.ALL), SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(
          List.of(
              SqlLibrary.STANDARD,
              SqlLibrary.POSTGRESQL,
              SqlLibrary.SNOWFLAKE,
              SqlLibrary.BIG_QUERY,
              SqlLibrary.SPARK,
              SqlLibrary.REDSHIFT,
              SqlLibrary.MYSQL,
              SqlLibrary.ORACLE,
              SqlLibrary.HIVE)));

  private static final SqlParser.Config BASE_PARSER =
      SqlParser.config()
          .withQuoting(Quoting.DOUBLE_QUOTE)
          .withUnquotedCasing(Casing.UNCHANGED)
          .withQuotedCasing(Casing.UNCHANGED)
          .withCaseSensitive(false)
          .withConformance(SqlConformanceEnum.LENIENT);

  /** Calcite's default parser, with its full syntax error messages. */
  static final SqlParser.Config PARSER = BASE_PARSER.withParserFactory(SqlParserImpl.FACTORY);

  /** The default parser that fails without a message, tried first. */
  static final SqlParser.Config QUICK_PARSER = BASE_PARSER.withParserFactory(QuickFailParsers.DEFAULT);

  /** Babel accepts {@code ::} casts and other dialect syntax, at about three times the cost. */
  static final SqlParser.Config QUICK_BABEL_PARSER = BASE_PARSER.withParserFactory(QuickFailParsers.BABEL);

  static final CalciteConnectionConfig CONNECTION =
      CalciteConnectionConfig.DEFAULT
          .set(CalciteConnectionProperty.CASE_SENSITIVE, "false")
          .set(CalciteConnectionProperty.UNQUOTED_CASING, Casing.UNCHANGED.name())
          .set(CalciteConnectionProperty.QUOTED_CASING, Casing.UNCHANGED.name())
          .set(CalciteConnectionProperty.CONFORMANCE, SqlConformanceEnum.LENIENT.name());

  private static final SqlValidator.Config VALIDATOR =
      SqlValidator.Config.DEFAULT
          .withConformance(SqlConformanceEnum.LENIENT)
          .withIdentifierExpansion(true)
          // Keep COALESCE, NULLIF ... as written in what validation reports on.
          .withCallRewrite(false)
          .withTypeCoercionEnabled(true);

  private WarehouseSql() {}

  static SqlValidator validator(CalciteCatalogReader catalogReader) {
    return SqlValidatorUtil.newValidator(OPERATORS, catalogReader, TYPE_FACTORY, VALIDATOR);
  }
}
