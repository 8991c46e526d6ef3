package dev.ebb.destinations.file;

import dev.ebb.destination.api.Destination;
import dev.ebb.destination.api.DestinationException;
import dev.ebb.destination.api.ObjectBinding;
import dev.ebb.destination.api.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files under one folder. */
final class FileDestination implements Destination {

  private final Path folder;
  private final LineFormat format;
  private final Path projectDir;

  /** @param projectDir the folder every file must stay in (symlinks resolved), or null when allowed out */
  FileDestination(Path folder, LineFormat format, Path projectDir) {
    this.folder = folder;
    this.format = format;
    this.projectDir = projectDir;
  }

  /** Whether a name can be one folder or file name under the destination's folder. */
  static boolean validName(String name) {
    return !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".");
  }

  @Override
  public void check() throws DestinationException {
    requireInside(folder);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw DestinationException.permanent("cannot create folder " + folder + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(folder)) {
      throw DestinationException.permanent("folder " + folder + " is not writable", null);
    }
  }

  @Override
  public ObjectWriter open(ObjectBinding binding) throws DestinationException {
    for (String name : new String[] {binding.object(), binding.runId()}) {
      if (!validName(name)) {
        throw DestinationException.permanent(
            "'" + name + "' cannot name a folder or file under " + folder, null);
      }
    }
    Path file = folder.resolve(binding.object()).resolve(binding.runId() + "." + format.extension());
    requireInside(file);
    try {
      return new FileObjectWriter(file, format, binding);
    } catch (IOException e) {
      throw DestinationException.permanent("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  private void requireInside(Path target) throws DestinationException {
    if (projectDir != null) {
      ProjectFolder.requireInside(projectDir, target, "file destination output");
    }
  }
}
