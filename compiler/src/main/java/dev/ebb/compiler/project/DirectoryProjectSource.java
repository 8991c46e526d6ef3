package dev.ebb.compiler.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A project in a directory on disk. Build output, state and VCS folders are not project files. */
public final class DirectoryProjectSource implements ProjectSource {

  private static final Set<String> SKIPPED_AT_ROOT = Set.of("target", ".ebb", ".git");

  private final Path root;

  public DirectoryProjectSource(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public List<String> files() throws IOException {
    List<String> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String name = dir.getFileName().toString();
            boolean skipped =
                name.startsWith(".") || (dir.getParent().equals(root) && SKIPPED_AT_ROOT.contains(name));
            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              files.add(relative(file));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    return files;
  }

  @Override
  public String read(String path) throws IOException {
    return Files.readString(file(path), StandardCharsets.UTF_8);
  }

  @Override
  public long size(String path) throws IOException {
    return Files.size(file(path));
  }

  private Path file(String path) throws IOException {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root)) {
      throw new IOException("path outside the project: " + path);
    }
    return file;
  }

  @Override
  public String describe() {
    return root.toString();
  }

  /** A walked file's path below the root: its text after the root's (cheaper than relativize). */
  private String relative(Path file) {
    String path = file.toString();
    String prefix = root.toString();
    int start = prefix.length() + (prefix.endsWith(root.getFileSystem().getSeparator()) ? 0 : 1);
    return path.substring(start).replace('\\', '/');
  }
}
