package se.lagetrunt.material;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The names in a zip archive's central directory, read from the bytes as they are: nothing is
 * unpacked, and a damaged or crafted archive gives fewer names, never an exception.
 */
final class ZipDirectory {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_SIZE = 22;
  private static final int MAX_NAMES = 5000;

  private ZipDirectory() {}

  static List<String> names(byte[] zip) {
    List<String> names = new ArrayList<>();
    int end = endRecord(zip);
    if (end < 0) {
      return names;
    }
    int count = u16(zip, end + 10);
    long offset = u32(zip, end + 16);
    int at = (int) Math.min(offset, Integer.MAX_VALUE);
    for (int i = 0; i < Math.min(count, MAX_NAMES); i++) {
      if (at < 0 || at + 46 > zip.length || (int) u32(zip, at) != ENTRY_SIGNATURE) {
        break;
      }
      int nameLength = u16(zip, at + 28);
      int rest = nameLength + u16(zip, at + 30) + u16(zip, at + 32);
      if (at + 46 + nameLength > zip.length) {
        break;
      }
      names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + rest;
    }
    return names;
  }

  /** Where the end-of-directory record starts (searched from the end, past a comment), or -1. */
  private static int endRecord(byte[] zip) {
    int lowest = Math.max(0, zip.length - END_SIZE - 0xFFFF);
    for (int at = zip.length - END_SIZE; at >= lowest; at--) {
      if ((int) u32(zip, at) == END_SIGNATURE) {
        return at;
      }
    }
    return -1;
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] bytes, int at) {
    return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
  }
}
