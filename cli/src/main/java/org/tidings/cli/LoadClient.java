package org.tidings.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * One HTTP client of the load test: sends a request and times it; in {@link #loop} sends the
 * mix's requests one after another until the deadline. An answer other than 200 or 201, or none
 * within five minutes, is an error.
 */
final class LoadClient {
  private final HttpClient http;
  private final String base;
  private final String token;

  /** The answer to one request: its time, and what went wrong if anything did. */
  record Outcome(long nanos, String error) {}

  LoadClient(HttpClient http, String base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  Outcome send(LoadMix.Request r) throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.pathAndQuery()))
        .timeout(Duration.ofMinutes(5));
    if (r.body() != null) {
      b.header("Authorization", token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(r.body()));
    }
    long t = System.nanoTime();
    try {
      HttpResponse<String> answer = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - t;
      int status = answer.statusCode();
      return new Outcome(nanos, status == 200 || status == 201 ? null
          : r.pathAndQuery() + " answered " + status + ": " + abbreviate(answer.body()));
    } catch (IOException e) {
      return new Outcome(System.nanoTime() - t, r.pathAndQuery() + ": " + e);
    }
  }

  Tally loop(LoadMix mix, Random random, long deadline) throws InterruptedException {
    Tally tally = new Tally();
    while (System.nanoTime() < deadline) {
      LoadMix.Request r = mix.next(random);
      Outcome o = send(r);
      tally.record(r.kind(), o);
      if (o.error() == null && r.kind().equals(LoadMix.NEW)) {
        mix.stored(r.body());
      }
    }
    return tally;
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  /** Latencies and errors of one kind of request. */
  static final class Kind {
    private long[] nanos = new long[256];
    private int n;
    private int errors;

    void add(long t, boolean error) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = t;
      if (error) {
        errors++;
      }
    }

    void addAll(Kind other) {
      for (int i = 0; i < other.n; i++) {
        add(other.nanos[i], false);
      }
      errors += other.errors;
    }

    int errors() {
      return errors;
    }

    double[] sortedMillis() {
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        ms[i] = nanos[i] / 1e6;
      }
      Arrays.sort(ms);
      return ms;
    }
  }

  /** What one client, or all of them, saw: every request by kind, and the first few errors. */
  static final class Tally {
    private final Map<String, Kind> kinds = new HashMap<>();
    private final List<String> firstErrors = new ArrayList<>();

    void record(String kind, Outcome o) {
      kinds.computeIfAbsent(kind, k -> new Kind()).add(o.nanos(), o.error() != null);
      if (o.error() != null && firstErrors.size() < 5) {
        firstErrors.add(o.error());
      }
    }

    void add(Tally other) {
      other.kinds.forEach((k, v) -> kinds.computeIfAbsent(k, x -> new Kind()).addAll(v));
      for (String e : other.firstErrors) {
        if (firstErrors.size() < 5) {
          firstErrors.add(e);
        }
      }
    }

    Map<String, Kind> kinds() {
      return kinds;
    }

    long count() {
      return kinds.values().stream().mapToLong(k -> k.n).sum();
    }

    long errors() {
      return kinds.values().stream().mapToLong(Kind::errors).sum();
    }

    List<String> firstErrors() {
      return firstErrors;
    }

    /** The latencies of the kinds {@code which} accepts, sorted. */
    double[] sortedMillis(Predicate<String> which) {
      Kind every = new Kind();
      kinds.forEach((k, v) -> {
        if (which.test(k)) {
          every.addAll(v);
        }
      });
      return every.sortedMillis();
    }
  }
}
