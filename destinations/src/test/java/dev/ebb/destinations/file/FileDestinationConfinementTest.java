package dev.ebb.destinations.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationConfig;
import dev.ebb.destination.api.DestinationContext;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.FieldBinding;
import dev.ebb.destination.api.FieldType;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At run time, after env vars and symlinks are resolved, a file destination writes only inside the project. */
class FileDestinationConfinementTest {

  @TempDir Path temp;

  private final ObjectBinding binding =
      new ObjectBinding("sync", "run-1", "contacts", WriteMode.UPSERT, "email", List.of(new FieldBinding("email", FieldType.STRING)));

  @Test
  void aPathLeadingOutOfTheProjectIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));

    assertThatThrownBy(() -> open(project, Map.of("path", "../outside")))
        .isInstanceOf(DestinationException.class)
        .hasMessageStartingWith("destination 'out': path " + temp.resolve("outside") + " leads out of the project folder")
        .hasMessageEndingWith("set allow_outside_project: true to allow it");
    assertThat(temp.resolve("outside")).doesNotExist();
  }

  @Test
  void aSymlinkInsideTheProjectPointingOutIsRefusedAtOpenAndBeforeWriting() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(project.resolve("out"), outside);

    assertThatThrownBy(() -> open(project, Map.of("path", "out")))
        .isInstanceOf(DestinationException.class)
        .hasMessageContaining("leads out of the project folder")
        .hasMessageContaining("(to " + outside.toRealPath() + ")");

    // A symlink that appears after the destination opened (the object's folder) is caught before writing.
    Files.createDirectories(project.resolve("real"));
    Destination destination = open(project, Map.of("path", "real"));
    Files.createSymbolicLink(project.resolve("real/contacts"), outside);
    assertThatThrownBy(() -> destination.open(binding))
        .isInstanceOf(DestinationException.class)
        .hasMessageContaining("leads out of the project folder");
    try (Stream<Path> written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void allowOutsideProjectLetsItWriteThere() throws Exception {
    Path project = Files.createDirectories(temp.resolve("project"));

    open(project, Map.of("path", "../outside", "allow_outside_project", true)).open(binding).close();

    assertThat(temp.resolve("outside/contacts/run-1.jsonl")).exists();
  }

  private static Destination open(Path project, Map<String, Object> config) throws DestinationException {
    DestinationContext context = new DestinationContext() {
      @Override
      public Path projectDir() {
        return project;
      }

      @Override
      public Clock clock() {
        return Clock.systemUTC();
      }
    };
    return new FileDestinationFactory().open(new DestinationConfig("out", "file", config, project), context);
  }
}
