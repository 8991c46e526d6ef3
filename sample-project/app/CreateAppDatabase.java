import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;

/**
 * A stand-in for the product's own database before ebb writes to it: the app creates a
 * {@code user_usage} row when a user first signs in, so only users with product events have one.
 * The sample's {@code user_activity_to_app_db} sync (mode {@code update}) fills in their counters
 * and skips everyone else, which is what {@code update} means.
 *
 * <p>Run it with the JDK's single-file launcher and the SQLite driver from ebb's jar:
 * {@code java -cp ../runtime/target/ebb.jar app/CreateAppDatabase.java app.db}.
 */
public final class CreateAppDatabase {

  public static void main(String[] args) throws IOException, SQLException {
    Path database = Path.of(args.length > 0 ? args[0] : "app.db");
    TreeSet<Long> signedIn = new TreeSet<>();
    List<String> events = Files.readAllLines(Path.of("seeds/product_events.csv"));
    for (String line : events.subList(1, events.size())) {
      signedIn.add(Long.parseLong(line.split(",", 3)[1]));
    }
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS user_usage (user_id INTEGER PRIMARY KEY, events_30d INTEGER,"
                + " features_used_30d INTEGER, last_seen_at TEXT)");
      }
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT OR IGNORE INTO user_usage (user_id, events_30d, features_used_30d) VALUES (?, 0, 0)")) {
        for (long user : signedIn) {
          insert.setLong(1, user);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    }
    System.out.println("app database " + database + ": user_usage has a row for each of the " + signedIn.size() + " users who signed in");
  }
}
