package dev.ebb.runtime.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server on loopback that refuses every login as a server with password
 * authentication does for a wrong password (SQLSTATE 28P01). The shared test server trusts every
 * local login, so it cannot produce this answer itself.
 */
final class TestingRefusingPostgres implements AutoCloseable {

  private static final int SSL_REQUEST = 80877103;
  private static final int GSS_REQUEST = 80877104;

  final AtomicInteger logins = new AtomicInteger();
  private final ServerSocket server;
  private final Thread thread;

  TestingRefusingPostgres() throws IOException {
    server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "refusing-postgres");
    thread.setDaemon(true);
    thread.start();
  }

  String url() {
    return "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/test";
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        while (true) {
          int length = in.readInt();
          byte[] packet = new byte[length - 4];
          in.readFully(packet);
          int code = length >= 8 ? ((packet[0] & 0xff) << 24) | ((packet[1] & 0xff) << 16) | ((packet[2] & 0xff) << 8) | (packet[3] & 0xff) : 0;
          if (code == SSL_REQUEST || code == GSS_REQUEST) {
            out.write('N'); // no encryption: the client goes on in plain text
            out.flush();
            continue;
          }
          logins.incrementAndGet();
          out.write(error("28P01", "password authentication failed for user \"ebb\""));
          out.flush();
          break;
        }
      } catch (IOException e) {
        // closed, or a client that hung up
      }
    }
  }

  private static byte[] error(String state, String message) {
    ByteArrayOutputStream fields = new ByteArrayOutputStream();
    field(fields, 'S', "FATAL");
    field(fields, 'V', "FATAL");
    field(fields, 'C', state);
    field(fields, 'M', message);
    fields.write(0);
    byte[] body = fields.toByteArray();
    ByteArrayOutputStream packet = new ByteArrayOutputStream();
    packet.write('E');
    int length = body.length + 4;
    packet.write(length >>> 24);
    packet.write(length >>> 16);
    packet.write(length >>> 8);
    packet.write(length);
    packet.write(body, 0, body.length);
    return packet.toByteArray();
  }

  private static void field(ByteArrayOutputStream out, char type, String value) {
    out.write(type);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
    out.write(0);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
