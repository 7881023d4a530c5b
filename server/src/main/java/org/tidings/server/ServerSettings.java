package org.tidings.server;

import java.util.Objects;

/**
 * How a server listens and what it accepts.
 *
 * @param host the address to bind, 127.0.0.1 unless told otherwise
 * @param port the port, 0 for any free one
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param maxArticlesPerRequest the most articles one POST may carry
 * @param readConnections read connections kept open for concurrent requests
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int maxArticlesPerRequest,
    int readConnections) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY = 25L * 1024 * 1024;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the body limit must be 1 byte to 2 GB, not " + maxBodyBytes);
    }
    if (maxArticlesPerRequest < 1 || readConnections < 1) {
      throw new IllegalArgumentException("articles per request and read connections must be 1 or more");
    }
  }

  /** Loopback, the given port, 25 MB bodies, 100 articles a request, 4 read connections. */
  public static ServerSettings local(int port) {
    return new ServerSettings(LOOPBACK, port, DEFAULT_MAX_BODY, 100, 4);
  }

  public ServerSettings withHost(String h) {
    return new ServerSettings(h, port, maxBodyBytes, maxArticlesPerRequest, readConnections);
  }

  public ServerSettings withMaxBodyBytes(long max) {
    return new ServerSettings(host, port, max, maxArticlesPerRequest, readConnections);
  }
}
