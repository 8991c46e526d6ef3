package dev.ebb.engine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target nobody listens for fails at once with one line naming the target and the address, for
 * every networked warehouse type whose address a profile can point at loopback. (Snowflake's
 * address is always {@code <account>.snowflakecomputing.com}, BigQuery's Google's: neither can be
 * pointed at a closed port here.)
 */
class UnreachableTargetTest {

  private static final Duration QUICKLY = Duration.ofSeconds(5);
  /** Databricks' driver retries a refused connection itself, backing off 1, 2 and 4 seconds. */
  private static final Duration AFTER_DRIVER_RETRIES = Duration.ofSeconds(15);

  @TempDir Path project;

  /** A loopback port that was free a moment ago: connecting to it is refused. */
  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private void assertUnreachable(String type, Map<String, Object> settings, String address) {
    assertUnreachable(type, settings, address, QUICKLY);
  }

  private void assertUnreachable(String type, Map<String, Object> settings, String address, Duration within) {
    // The first attempt loads the driver's classes (seconds for the larger ones on a busy
    // machine); the second shows how long a user waits on an unreachable address.
    assertThatThrownBy(() -> Warehouses.connect(TestingTargets.target("prod", type, settings), project))
        .isInstanceOf(WarehouseException.class);
    long started = System.nanoTime();
    assertThatThrownBy(() -> Warehouses.connect(TestingTargets.target("prod", type, settings), project))
        .isInstanceOf(WarehouseException.class)
        .satisfies(e -> {
          assertThat(e.getMessage())
              .startsWith("target 'prod' (" + type + "): cannot connect: ")
              .contains(address)
              .doesNotContain("\n")
              .doesNotContain("secret-value");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(within);
  }

  @Test
  void postgres() throws IOException {
    int port = closedPort();
    assertUnreachable("postgres", Map.of("host", "127.0.0.1", "port", port, "database", "d", "user", "u",
        "password", "secret-value"), "connection refused at 127.0.0.1:" + port);
  }

  @Test
  void redshift() throws IOException {
    int port = closedPort();
    assertUnreachable("redshift", Map.of("host", "127.0.0.1", "port", port, "database", "d", "user", "u",
        "password", "secret-value"), "connection refused at 127.0.0.1:" + port);
  }

  @Test
  void databricks() throws IOException {
    int port = closedPort();
    assertUnreachable("databricks", Map.of("host", "127.0.0.1", "port", port, "http_path", "/sql/1.0/warehouses/x",
        "token", "secret-value"), "connection refused at 127.0.0.1:" + port, AFTER_DRIVER_RETRIES);
  }

  @Test
  void bigQueryWithoutItsDriverSaysSoWithoutTryingTheNetwork() {
    assertThatThrownBy(() -> Warehouses.connect(
            TestingTargets.target("prod", "bigquery", Map.of("project", "p", "dataset", "d")), project))
        .isInstanceOf(WarehouseException.class)
        .hasMessageStartingWith("target 'prod' (bigquery): cannot connect: Google's BigQuery JDBC driver is not installed");
  }
}
