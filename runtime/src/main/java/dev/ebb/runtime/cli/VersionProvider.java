package dev.ebb.runtime.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code ebb --version}: the version stamped into the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {

  static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"ebb " + version(), "Java " + Runtime.version()};
  }
}
