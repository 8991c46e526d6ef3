package dev.ebb.destinations.webhook;

import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A request body as the chunks it was written in. A batch body is hundreds of kilobytes: written
 * into one growing array, copied out of it, then copied again by the HTTP client into its own
 * buffers, it would be made three times over; as chunks it is made once and sent as is.
 */
final class RequestBody {

  private static final int CHUNK = 16 * 1024;

  private final List<byte[]> chunks;
  private final long length;

  private RequestBody(List<byte[]> chunks, long length) {
    this.chunks = List.copyOf(chunks);
    this.length = length;
  }

  static RequestBody of(byte[] bytes) {
    return new RequestBody(List.of(bytes), bytes.length);
  }

  List<byte[]> chunks() {
    return chunks;
  }

  long length() {
    return length;
  }

  /** Sent with its {@code Content-Length}, the chunks wrapped, not copied. */
  HttpRequest.BodyPublisher publisher() {
    return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(chunks), length);
  }

  /** Collects what is written into fixed-size chunks; {@link #body} once written. */
  static final class Writer extends OutputStream {
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;
    private long length;

    @Override
    public void write(int b) {
      if (used == current.length) {
        next();
      }
      current[used++] = (byte) b;
      length++;
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
      length += count;
      while (count > 0) {
        if (used == current.length) {
          next();
        }
        int n = Math.min(count, current.length - used);
        System.arraycopy(bytes, offset, current, used, n);
        used += n;
        offset += n;
        count -= n;
      }
    }

    private void next() {
      full.add(current);
      current = new byte[CHUNK];
      used = 0;
    }

    RequestBody body() {
      List<byte[]> chunks = new ArrayList<>(full);
      if (used > 0) {
        chunks.add(used == current.length ? current : java.util.Arrays.copyOf(current, used));
      }
      return new RequestBody(chunks, length);
    }
  }
}
