package se.lagetrunt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of a process from /proc (user + system, in seconds; clock ticks are 1/100 s on Linux). */
final class CpuTime {
  private CpuTime() {}

  static double of(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  static double self() throws IOException {
    return of(ProcessHandle.current().pid());
  }
}
