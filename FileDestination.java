package dev.ebb.runtime.destination.file;

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

  FileDestination(Path folder, LineFormat format) {
    this.folder = folder;
    this.format = format;
  }

  @Override
  public void check() throws DestinationException {
    try {
      Files.createDirectories(folder);
      if (!Files.isWritable(folder)) {
        throw DestinationException.permanent("folder " + folder + " is not writable", null);
      }
    } catch (IOException e) {
      throw DestinationException.permanent("cannot create folder " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ObjectWriter open(ObjectBinding binding) throws DestinationException {
    for (String name : new String[] {binding.object(), binding.runId()}) {
      if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw DestinationException.permanent(
            "'" + name + "' cannot name a folder or file under " + folder, null);
      }
    }
    Path file = folder.resolve(binding.object()).resolve(binding.runId() + "." + format.extension());
    try {
      return new FileObjectWriter(file, format, binding);
    } catch (IOException e) {
      throw DestinationException.permanent("cannot open " + file + ": " + e.getMessage(), e);
    }
  }
}
