package dev.ebb.runtime.cli;

/** The {@code ebb} executable. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.out.println("ebb " + Main.class.getPackage().getImplementationVersion());
  }
}
