package se.lagetrunt.bench;

import java.util.concurrent.atomic.AtomicLong;

/** What one run of a scenario measured. */
final class Stats {
  final Latencies ack = new Latencies();
  final Latencies fanout = new Latencies();
  final AtomicLong sent = new AtomicLong();
  final AtomicLong acked = new AtomicLong();
  final AtomicLong received = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  final AtomicLong conflicts = new AtomicLong();
  /** Refusals by code, so an error count can be explained. */
  final java.util.Map<String, AtomicLong> errorCodes = new java.util.concurrent.ConcurrentHashMap<>();

  void refused(String code) {
    errors.incrementAndGet();
    errorCodes.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
  }
}
