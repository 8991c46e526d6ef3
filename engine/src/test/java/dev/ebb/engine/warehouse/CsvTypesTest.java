package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ebb.engine.warehouse.CsvTypes.Inferred;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTypesTest {

  @TempDir Path dir;

  @Test
  void narrowestTypeThatEveryValueParsesAs() throws Exception {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, """
        int,mixed_number,flag,day,at,at_tz,code,empty
        1,1,true,2024-01-01,2024-01-01 10:00:00,2024-01-01T10:00:00Z,007,
        -2,2.5,FALSE,2024-12-31,2024-12-31T23:59:59.5,2024-12-31 23:59:59+02:00,x1,
        ,,,,,,,
        """);

    CsvTypes.Columns columns = CsvTypes.infer(csv);

    assertThat(columns.names()).containsExactly("int", "mixed_number", "flag", "day", "at", "at_tz", "code", "empty");
    assertThat(columns.types()).containsExactly(Inferred.BIGINT, Inferred.DOUBLE, Inferred.BOOLEAN,
        Inferred.DATE, Inferred.TIMESTAMP, Inferred.TIMESTAMP_WITH_TIME_ZONE, Inferred.TEXT, Inferred.TEXT);
  }
}
