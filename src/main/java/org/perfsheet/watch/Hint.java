package org.perfsheet.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * File-system events, used only to wake the poll early where they work; on network shares they
 * often do not, and the poll finds the files anyway.
 */
final class Hint implements AutoCloseable {
  private final WatchService service;

  private Hint(WatchService service) {
    this.service = service;
  }

  static Hint on(Path inbox) {
    try {
      WatchService w = inbox.getFileSystem().newWatchService();
      inbox.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      try (var subs = Files.list(inbox)) {
        for (Path d : subs.filter(Files::isDirectory).toList()) {
          d.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        }
      }
      return new Hint(w);
    } catch (IOException | UnsupportedOperationException e) {
      return new Hint(null);
    }
  }

  /** Waits up to {@code millis}, less when an event arrives or {@code stop} turns true. */
  void await(long millis, BooleanSupplier stop) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (!stop.getAsBoolean() && System.currentTimeMillis() < end) {
      WatchKey key = service == null ? null : service.poll(50, TimeUnit.MILLISECONDS);
      if (key != null) {
        key.pollEvents();
        key.reset();
        return;
      }
      if (service == null) {
        Thread.sleep(50);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (service != null) {
      service.close();
    }
  }
}
