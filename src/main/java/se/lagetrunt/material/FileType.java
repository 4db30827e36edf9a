package se.lagetrunt.material;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the material library keeps, told by their content – never by the name or the
 * type the browser claims, which anyone can set. What is not recognised here is refused, so a
 * page, a script or a program never reaches anyone through the library.
 */
public enum FileType {
  PDF("application/pdf", "pdf"),
  WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  WORD_97("application/msword", "doc"),
  POWERPOINT_97("application/vnd.ms-powerpoint", "ppt"),
  EXCEL_97("application/vnd.ms-excel", "xls"),
  OPEN_TEXT("application/vnd.oasis.opendocument.text", "odt"),
  OPEN_PRESENTATION("application/vnd.oasis.opendocument.presentation", "odp"),
  OPEN_SPREADSHEET("application/vnd.oasis.opendocument.spreadsheet", "ods"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp");

  /** Files up to 25 MB: a long report with pictures, not a film. */
  public static final int MAX_BYTES = 25 * 1024 * 1024;

  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private final String contentType;
  private final List<String> extensions;

  FileType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  /**
   * What the content is, if it is one of ours. The old Office formats share one container, so
   * for them the name's extension says which; a container named otherwise is refused.
   */
  public static Optional<FileType> of(byte[] content, String fileName) {
    if (startsWith(content, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(content, 0, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0, ascii("GIF87a")) || startsWith(content, 0, ascii("GIF89a"))) {
      return Optional.of(GIF);
    }
    if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
      return Optional.of(WEBP);
    }
    if (startsWith(content, 0, OLE)) {
      String extension = extensionOf(fileName);
      return Arrays.stream(new FileType[] {WORD_97, POWERPOINT_97, EXCEL_97})
          .filter(type -> type.extensions.contains(extension)).findFirst();
    }
    if (startsWith(content, 0, new byte[] {'P', 'K', 3, 4})) {
      return ofZip(content);
    }
    return Optional.empty();
  }

  /** The name to save and download under: the given one, with the extension its content calls for. */
  public String fileName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
        .replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (extensions.contains(extensionOf(name))) {
      return truncate(name);
    }
    String base = name.isEmpty() ? "material" : name;
    return truncate(base) + "." + extensions.get(0);
  }

  private static String truncate(String name) {
    return name.length() <= 190 ? name : name.substring(0, 190);
  }

  /**
   * Office Open XML and OpenDocument files are zip containers; what they hold tells which. An
   * OpenDocument file names its type in an uncompressed first entry "mimetype"; Office files are
   * told by the names in the central directory, read without unpacking anything (a crafted
   * archive that unpacks to gigabytes costs nothing here).
   */
  private static Optional<FileType> ofZip(byte[] content) {
    if (startsWith(content, 30, ascii("mimetype"))) {
      String declared = new String(content, 38, Math.min(60, content.length - 38), StandardCharsets.US_ASCII);
      for (FileType type : new FileType[] {OPEN_TEXT, OPEN_PRESENTATION, OPEN_SPREADSHEET}) {
        if (declared.startsWith(type.contentType)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
    for (String name : ZipDirectory.names(content)) {
      if (name.equals("word/document.xml")) {
        return Optional.of(WORD);
      }
      if (name.equals("ppt/presentation.xml")) {
        return Optional.of(POWERPOINT);
      }
      if (name.equals("xl/workbook.xml")) {
        return Optional.of(EXCEL);
      }
    }
    return Optional.empty();
  }

  private static String extensionOf(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
    if (content.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
