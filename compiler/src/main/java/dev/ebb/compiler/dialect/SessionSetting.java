package dev.ebb.compiler.dialect;

/**
 * A session setting held while one statement runs: the statement that sets it and the one that
 * restores the session's default afterwards.
 */
record SessionSetting(String set, String reset) {}
