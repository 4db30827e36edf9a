package se.lagetrunt.bench;

import java.util.Arrays;

/** Latencies in microseconds, collected from many threads, summarised as percentiles. */
final class Latencies {
  private long[] values = new long[1024];
  private int size;

  synchronized void add(long micros) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = micros;
  }

  /** The p-th percentile in milliseconds (NaN when there is nothing). */
  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
    return sorted[index] / 1000.0;
  }
}
