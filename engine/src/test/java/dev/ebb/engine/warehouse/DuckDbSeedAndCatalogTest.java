package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuckDbSeedAndCatalogTest extends AbstractSeedAndCatalogTest {

  @Override
  String schema() {
    return "analytics";
  }

  @Override
  Warehouse connect(Path project) {
    return Warehouses.connect(TestingTargets.duckdb("warehouse.duckdb"), project);
  }

  @Test
  void catalogFileHasTheFormatOfSourcesYml() throws Exception {
    warehouse.execute(List.of(
        "CREATE SCHEMA analytics",
        "CREATE TABLE analytics.orders (id BIGINT, amount DECIMAL(18,3))",
        "CREATE TABLE analytics.customers (id BIGINT, email VARCHAR, created_at TIMESTAMP)",
        "CREATE TABLE main.events (occurred_at TIMESTAMPTZ)",
        "CREATE SCHEMA ebb_state",
        "CREATE TABLE ebb_state.s__snapshot (k VARCHAR)"));

    Path file = puller.pull(warehouse, "ebb_state", project);

    assertThat(file).isEqualTo(project.resolve("catalog.yml"));
    assertThat(Files.readString(file)).isEqualTo("""
        # Written by `ebb catalog pull`: regenerate it rather than editing it.
        pulled_from:
          target: dev
          at: 2026-01-15T10:00:00Z
        sources:
          - schema: analytics
            tables:
              - name: customers
                columns:
                  - name: id
                    type: BIGINT
                  - name: email
                    type: VARCHAR
                  - name: created_at
                    type: TIMESTAMP
              - name: orders
                columns:
                  - name: id
                    type: BIGINT
                  - name: amount
                    type: "DECIMAL(18,3)"
          - schema: main
            tables:
              - name: events
                columns:
                  - name: occurred_at
                    type: TIMESTAMP WITH TIME ZONE
        """);
  }
}
