package org.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with the default settings answers on 127.0.0.1 and nowhere else. */
class LoopbackOnlyTest {

  @Test
  void theDefaultServerCannotBeReachedOnThisMachinesOtherAddresses(@TempDir Path dir) throws IOException {
    Optional<InetAddress> outward = outwardAddress();
    assumeThat(outward).as("this machine has a network address besides loopback").isPresent();
    try (TestServer api = new TestServer(dir, a -> {
      throw new AssertionError("no coding here");
    }, ServerSettings.local(0), false)) {
      assertThat(api.get("/api/health").status()).isEqualTo(200);
      assertThatThrownBy(() -> {
        try (Socket s = new Socket()) {
          s.connect(new InetSocketAddress(outward.get(), api.server.port()), 2000);
        }
      }).isInstanceOf(IOException.class);
    }
  }

  @Test
  void theDefaultHostIsLoopback() {
    assertThat(ServerSettings.local(7070).host()).isEqualTo("127.0.0.1");
  }

  private static Optional<InetAddress> outwardAddress() throws SocketException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isUp() && !n.isLoopback()) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
            return Optional.of(a);
          }
        }
      }
    }
    return Optional.empty();
  }
}
