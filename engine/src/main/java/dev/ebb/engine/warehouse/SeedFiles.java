package dev.ebb.engine.warehouse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.ebb.compiler.model.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every seed once before any is loaded, so a file that cannot be read or is not a
 * rectangular CSV stops {@code ebb seed} with its line, and no table changes: DuckDB's reader
 * would otherwise load such a file as zero rows without a word.
 */
final class SeedFiles {

  private SeedFiles() {}

  /** @throws WarehouseException located in the seed file */
  static void check(Path projectDir, Seed seed) {
    Path csv = projectDir.resolve(seed.file());
    if (!Files.isRegularFile(csv)) {
      throw new WarehouseException("seed '" + seed.name() + "': file " + seed.file() + " not found");
    }
    try (InputStream in = Files.newInputStream(csv);
        MappingIterator<String[]> rows =
            new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
      if (!rows.hasNext()) {
        throw located(seed, 1, 1, "the file is empty: a seed needs a header line");
      }
      int fields = rows.next().length;
      while (rows.hasNext()) {
        String[] row = rows.next();
        if (row.length != fields) {
          int line = rows.getParser().currentTokenLocation().getLineNr();
          throw located(seed, line, 1, "a row of " + row.length + " fields, the header has " + fields);
        }
      }
    } catch (RuntimeJsonMappingException e) {
      throw malformed(seed, e.getCause() instanceof JsonProcessingException p ? p : null, e);
    } catch (JsonProcessingException e) {
      throw malformed(seed, e, e);
    } catch (IOException e) {
      throw new WarehouseException(seed.file() + ": cannot read seed '" + seed.name() + "': " + e, e);
    }
  }

  private static WarehouseException malformed(Seed seed, JsonProcessingException parse, Exception e) {
    JsonLocation at = parse == null ? null : parse.getLocation();
    String message = parse == null ? e.getMessage() : parse.getOriginalMessage();
    return located(seed, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
        "not a valid CSV file: " + message);
  }

  private static WarehouseException located(Seed seed, int line, int column, String message) {
    return new WarehouseException(seed.file() + ":" + line + ":" + column + ": seed '" + seed.name() + "': " + message);
  }
}
