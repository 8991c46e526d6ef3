package dev.ebb.compiler.diff;

/**
 * The warehouse tables of one sync's diff, as quoted, schema-qualified names.
 *
 * @param snapshot {@code <schema>.<sync>__snapshot}: key and row hash of what was delivered
 * @param meta {@code <schema>.<sync>__snapshot_meta}: the mapping fingerprint it was delivered under
 * @param diff {@code <schema>.<sync>__diff_<run>}: this run's diff, transient
 * @param failed {@code <schema>.<sync>__failed_<run>}: keys the destination did not accept, transient
 * @param compacted {@code <schema>.<sync>__snapshot_compacted}: the snapshot being rewritten, within
 *     the transaction that then replaces the snapshot with it (see {@link DiffPlan#compaction})
 */
public record DiffTables(String snapshot, String meta, String diff, String failed, String compacted) {}
