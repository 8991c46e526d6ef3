package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.compiler.model.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeds and catalog pull, written once and run on each warehouse. */
abstract class AbstractSeedAndCatalogTest {

  static final String CUSTOMERS =
      """
      id,email,ltv,active,signed_up,last_seen
      1,a@example.com,100.5,true,2024-01-02,2024-01-02 10:00:00
      2,,20,false,2024-02-03,2024-02-03 11:30:00
      3,"c, with comma",7.25,true,2024-03-04,2024-03-04 12:45:30
      """;

  @TempDir Path project;
  Warehouse warehouse;
  final CatalogPuller puller =
      new CatalogPuller(Clock.fixed(Instant.parse("2026-01-15T10:00:00.123Z"), ZoneOffset.UTC));

  /** A schema of this test's own. */
  abstract String schema();

  abstract Warehouse connect(Path project) throws Exception;

  @BeforeEach
  void connect() throws Exception {
    warehouse = connect(project);
  }

  @AfterEach
  void disconnect() {
    warehouse.close();
  }

  List<SeedResult> seed(String name, String csv) throws Exception {
    Files.createDirectories(project.resolve("seeds"));
    Files.writeString(project.resolve("seeds/" + name + ".csv"), csv);
    return Seeds.loadAll(warehouse, project, List.of(new Seed(name, "seeds/" + name + ".csv")), schema());
  }

  List<CatalogPuller.Table> tablesOfTestSchema() {
    return puller.read(warehouse, "ebb_state").stream().filter(t -> t.schema().equals(schema())).toList();
  }

  @Test
  void seedLoadsRowsWithInferredTypes() throws Exception {
    assertThat(seed("customers", CUSTOMERS))
        .containsExactly(new SeedResult("customers", schema() + ".customers", 3));

    assertThat(tablesOfTestSchema()).containsExactly(new CatalogPuller.Table(schema(), "customers", List.of(
        new CatalogPuller.Column("id", "BIGINT"),
        new CatalogPuller.Column("email", "VARCHAR"),
        new CatalogPuller.Column("ltv", "DOUBLE"),
        new CatalogPuller.Column("active", "BOOLEAN"),
        new CatalogPuller.Column("signed_up", "DATE"),
        new CatalogPuller.Column("last_seen", "TIMESTAMP"))));
    try (RowStream rows = warehouse.stream(
        "SELECT email FROM " + schema() + ".customers WHERE id = 2 OR id = 3 ORDER BY id", 10)) {
      rows.next();
      assertThat(rows.get(0)).isNull();
      rows.next();
      assertThat(rows.get(0)).isEqualTo("c, with comma");
    }
  }

  @Test
  void seedReplacesTheTable() throws Exception {
    seed("customers", CUSTOMERS);

    assertThat(seed("customers", "id,name\n7,seven\n")).extracting(SeedResult::rows).containsExactly(1L);
    assertThat(tablesOfTestSchema()).singleElement()
        .satisfies(t -> assertThat(t.columns()).extracting(CatalogPuller.Column::name).containsExactly("id", "name"));
  }

  @Test
  void missingSeedFileIsNamed() {
    assertThatThrownBy(() -> Seeds.loadAll(warehouse, project, List.of(new Seed("gone", "seeds/gone.csv")), schema()))
        .isInstanceOf(WarehouseException.class)
        .hasMessage("seed 'gone': file seeds/gone.csv not found");
  }

  @Test
  void catalogNormalizesTypesAndSkipsTheSnapshotSchema() {
    warehouse.execute(List.of(
        "CREATE SCHEMA IF NOT EXISTS " + schema(),
        "CREATE TABLE " + schema() + ".orders (id INTEGER, amount DECIMAL(10,2), note VARCHAR(20),"
            + " qty SMALLINT, big BIGINT, ordered_at TIMESTAMP WITH TIME ZONE, ratio DOUBLE PRECISION)",
        "CREATE TABLE " + schema() + ".accounts (id BIGINT)",
        "CREATE SCHEMA IF NOT EXISTS ebb_state",
        "CREATE TABLE IF NOT EXISTS ebb_state.s__snapshot (k VARCHAR)"));

    assertThat(tablesOfTestSchema()).containsExactly(
        new CatalogPuller.Table(schema(), "accounts", List.of(new CatalogPuller.Column("id", "BIGINT"))),
        new CatalogPuller.Table(schema(), "orders", List.of(
            new CatalogPuller.Column("id", "INTEGER"),
            new CatalogPuller.Column("amount", "DECIMAL(10,2)"),
            new CatalogPuller.Column("note", "VARCHAR"),
            new CatalogPuller.Column("qty", "SMALLINT"),
            new CatalogPuller.Column("big", "BIGINT"),
            new CatalogPuller.Column("ordered_at", "TIMESTAMP WITH TIME ZONE"),
            new CatalogPuller.Column("ratio", "DOUBLE"))));
    assertThat(puller.read(warehouse, "ebb_state")).extracting(CatalogPuller.Table::schema)
        .doesNotContain("ebb_state", "information_schema", "pg_catalog");
  }
}
