package dev.ebb.engine.warehouse;

import java.util.Properties;

/**
 * A JDBC URL and its connection properties (user, password, driver options).
 *
 * @param address host:port or file, for messages
 */
record JdbcSettings(String url, Properties properties, String address) {

  JdbcSettings {
    Properties copy = new Properties();
    copy.putAll(properties);
    properties = copy;
  }

  @Override
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** Never shows the properties: they hold secrets. */
  @Override
  public String toString() {
    return "JdbcSettings[url=" + url + "]";
  }
}
