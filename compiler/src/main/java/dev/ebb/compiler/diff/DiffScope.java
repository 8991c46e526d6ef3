package dev.ebb.compiler.diff;

import dev.ebb.compiler.dialect.Dialect;
import dev.ebb.compiler.dialect.Dialect.HashInput;
import dev.ebb.compiler.dialect.ValueKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the diff templates read, in groups of names: each group is a record whose accessors are the
 * names a template writes ({@code {{snapshot}}} is {@link DiffTables#snapshot}), so a value the
 * planner leaves out or misspells does not compile, and a template reading a name no group has
 * fails to render ({@link DiffTemplates}). Names are unique across groups. Every value is already
 * a quoted identifier, an escaped literal or an expression built from them.
 *
 * @param tables the diff's tables
 * @param snapshotNames the snapshot's unqualified names, for statements that need them apart
 * @param columns the diff table's own columns and how its rows are numbered
 * @param types the column types and table kind of ebb's tables
 * @param model the model's query, with its CTEs apart (see {@link Dialect#nestedWith})
 * @param key the key as the snapshot stores it and the checks read it
 * @param hash the row hash
 * @param carried the model columns the diff table carries for delivery
 * @param ops which diff rows a run sends and commits
 * @param records the record's JSON as the warehouse builds it; null when rows are mapped in Java
 * @param sample the op a {@code read_samples} statement reads; null for every other statement
 */
record DiffScope(
    DiffTables tables,
    SnapshotNames snapshotNames,
    SystemColumns columns,
    Types types,
    Model model,
    Key key,
    RowHash hash,
    CarriedColumns carried,
    Ops ops,
    RecordJson records,
    Sample sample) {

  /** {@code {{schema}}}, {@code {{snapshotName}}}, and both as string literals. */
  record SnapshotNames(String schema, String snapshotName, String snapshotSchemaLiteral, String snapshotNameLiteral) {}

  /**
   * The diff table's columns; {@code seq} is {@code ebb_seq} where {@code numberRows} (numbered
   * with {@code ROW_NUMBER()}), else the dialect's row number expression.
   */
  record SystemColumns(
      String seq,
      String op,
      String key,
      String hash,
      String signedHash,
      String fingerprintColumn,
      boolean numberRows,
      boolean scanOrdered) {}

  /** {@code tableKind} ends with a space unless empty, to sit between CREATE and TABLE. */
  record Types(String textType, String hashType, String keyType, String tableKind) {}

  record Model(String modelSql, String modelWithKeyword, String modelCtes, String modelWith) {}

  record Key(String keyExpression, String nullKeyCondition, String nullKeyCount, String keyColumnsText) {}

  record RowHash(String fingerprintLiteral, String hashExpression) {}

  /** The carried columns, comma-separated, qualified for each statement that lists them. */
  record CarriedColumns(
      String carriedFromModel, String carriedFromCurrent, String carriedFromChanges, String carriedNames) {}

  /** Comma-separated op literals, and whether a commit forgets the keys the model dropped. */
  record Ops(
      boolean includeUnchanged,
      String sendOps,
      String commitOps,
      String upsertOps,
      boolean forgetRemoved,
      String removedOp) {}

  record RecordJson(String recordJson, String recordColumn, String matchColumn, String opCode) {}

  record Sample(String sampleOp) {}

  /** The groups, as Mustache's scopes; absent ones left out. */
  List<Object> groups() {
    List<Object> groups = new ArrayList<>(List.of(tables, snapshotNames, columns, types, model, key, hash, carried, ops));
    if (records != null) {
      groups.add(records);
    }
    if (sample != null) {
      groups.add(sample);
    }
    return groups;
  }

  /** This scope for reading the first rows of one op. */
  DiffScope withSample(DiffOp op, Dialect dialect) {
    return new DiffScope(tables, snapshotNames, columns, types, model, key, hash, carried, ops, records,
        new Sample(dialect.stringLiteral(op.sqlValue())));
  }

  static DiffScope of(DiffSpec spec, Dialect dialect) {
    Function<String, String> q = dialect::quoteIdentifier;
    String rowNumber = dialect.diffRowNumber();
    String signedHash = dialect.signedHash(q.apply("ebb_hash"));
    SystemColumns columns = new SystemColumns(
        rowNumber == null ? q.apply("ebb_seq") : rowNumber,
        q.apply("ebb_op"),
        q.apply("ebb_key"),
        q.apply("ebb_hash"),
        signedHash.equals(q.apply("ebb_hash")) ? signedHash : signedHash + " AS " + q.apply("ebb_hash"),
        q.apply("ebb_fingerprint"),
        rowNumber == null,
        dialect.scansInRowNumberOrder());

    List<HashInput> keyParts = inputs(spec.primaryKey(), dialect);
    boolean integerKey = keyParts.size() == 1 && keyParts.get(0).kind() == ValueKind.INTEGER;
    String nullKeyCondition = keyParts.stream().map(p -> p.expression() + " IS NULL").collect(Collectors.joining(" OR "));
    Key key = new Key(
        keyExpression(keyParts, integerKey, dialect),
        nullKeyCondition,
        // COUNT of a column skips NULLs without evaluating an expression per row (~40% faster on DuckDB).
        keyParts.size() == 1
            ? "COUNT(*) - COUNT(" + keyParts.get(0).expression() + ")"
            : "SUM(CASE WHEN " + nullKeyCondition + " THEN 1 ELSE 0 END)",
        keyParts.stream().map(p -> dialect.canonicalText(p.expression(), p.kind())).collect(Collectors.joining(", ")));

    String fingerprint = dialect.stringLiteral(spec.fingerprint());
    RowHash hash = new RowHash(fingerprint, dialect.rowHash(fingerprint, inputs(spec.mapped(), dialect)));

    // A BIGINT key column is its own ebb_key: the diff table holds it once, and reads give it back
    // under the column's name.
    String keyColumn = integerKey && isBigint(keyParts.get(0).sqlType()) ? spec.primaryKey().get(0).name() : null;
    Function<DiffColumn, String> diffColumn = c -> c.name().equals(keyColumn) ? q.apply("ebb_key") : q.apply(c.name());
    List<String> stored = spec.carriedColumns().stream()
        .filter(c -> !c.name().equals(keyColumn))
        .map(c -> q.apply(c.name()))
        .toList();
    Function<DiffColumn, String> read = c -> c.name().equals(keyColumn) ? diffColumn.apply(c) + " AS " + q.apply(c.name()) : q.apply(c.name());
    CarriedColumns carried = new CarriedColumns(
        prefixed("m.", stored, ",\n    "),
        prefixed("c.", stored, ",\n    "),
        prefixed("ch.", stored, ",\n  "),
        spec.carriedColumns().stream().map(read).collect(Collectors.joining(", ")));

    RecordJson records = spec.record() == null
        ? null
        : RecordJsonSql.of(spec.record(), dialect, diffColumn)
            .map(json -> new RecordJson(
                json, q.apply(DiffPlanner.RECORD_COLUMN), read.apply(spec.record().match()), opCode(q.apply("ebb_op"), dialect)))
            .orElse(null);

    Set<DiffOp> sent = DiffPlanner.sentOps(spec.mode());
    Set<DiffOp> committed = EnumSet.copyOf(sent);
    committed.remove(DiffOp.UNCHANGED);
    Set<DiffOp> upserted = EnumSet.copyOf(committed);
    upserted.remove(DiffOp.REMOVED);
    Ops ops = new Ops(
        sent.contains(DiffOp.UNCHANGED),
        literals(sent, dialect),
        literals(committed, dialect),
        literals(upserted, dialect),
        DiffPlanner.forgetsRemoved(spec.mode()),
        dialect.stringLiteral(DiffOp.REMOVED.sqlValue()));

    return new DiffScope(
        DiffPlanner.tables(spec, dialect),
        new SnapshotNames(
            q.apply(spec.snapshotSchema()),
            q.apply(DiffPlanner.snapshotName(spec)),
            dialect.stringLiteral(spec.snapshotSchema()),
            dialect.stringLiteral(DiffPlanner.snapshotName(spec))),
        columns,
        new Types(
            dialect.textType(),
            dialect.hashType(),
            integerKey ? dialect.bigintType() : dialect.textType(),
            dialect.tableKind().isEmpty() ? "" : dialect.tableKind() + " "),
        // Statements read the model as a subquery; its CTEs, where the warehouse wants them at the
        // top (see Dialect.nestedWith), open the statement's WITH or start a WITH of their own.
        new Model(
            spec.model().body(),
            spec.model().withKeyword(),
            spec.model().leadingCtes(),
            spec.model().withClause()),
        key,
        hash,
        carried,
        ops,
        records,
        null);
  }

  private static boolean isBigint(String sqlType) {
    return sqlType.trim().equalsIgnoreCase("BIGINT");
  }

  private static String keyExpression(List<HashInput> parts, boolean integerKey, Dialect dialect) {
    if (integerKey) {
      return "CAST(" + parts.get(0).expression() + " AS " + dialect.bigintType() + ")";
    }
    if (parts.size() == 1) {
      return dialect.canonicalText(parts.get(0).expression(), parts.get(0).kind());
    }
    return dialect.compositeKey(parts);
  }

  private static List<HashInput> inputs(List<DiffColumn> columns, Dialect dialect) {
    return columns.stream()
        .map(c -> new HashInput("m." + dialect.quoteIdentifier(c.name()), c.kind(), c.sqlType()))
        .toList();
  }

  /**
   * The op as its {@link DiffOp#fromCode code}: a number reads faster than a text (DuckDB's driver
   * decodes every text with a charset decoder), once per row.
   */
  private static String opCode(String op, Dialect dialect) {
    StringBuilder sql = new StringBuilder("CASE ").append(op);
    for (DiffOp value : DiffOp.values()) {
      sql.append(" WHEN ").append(dialect.stringLiteral(value.sqlValue())).append(" THEN ").append(value.ordinal());
    }
    return sql.append(" END").toString();
  }

  private static String prefixed(String prefix, List<String> names, String separator) {
    return names.stream().map(n -> prefix + n).collect(Collectors.joining(separator));
  }

  private static String literals(Set<DiffOp> ops, Dialect dialect) {
    return EnumSet.copyOf(ops).stream()
        .map(op -> dialect.stringLiteral(op.sqlValue()))
        .collect(Collectors.joining(", "));
  }
}
