package se.lagetrunt.material;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Files are told by their content; names only choose among the old Office formats, and are mended to fit. */
class FileTypeTest {

  private static byte[] zip(boolean storedMimetype, String mimetype, String... entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      if (mimetype != null) {
        byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        if (storedMimetype) {
          CRC32 crc = new CRC32();
          crc.update(content);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(content.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
      for (String name : entries) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(new byte[1000]);
        zip.closeEntry();
      }
      zip.setComment("en kommentar i slutet");
    }
    return bytes.toByteArray();
  }

  @Test
  void officeAndOpenDocumentFilesAreToldByWhatTheyHold() throws IOException {
    assertEquals(Optional.of(FileType.WORD), FileType.of(zip(false, null, "[Content_Types].xml", "word/document.xml"), "x"));
    assertEquals(Optional.of(FileType.POWERPOINT), FileType.of(zip(false, null, "ppt/presentation.xml"), "x.docx"));
    assertEquals(Optional.of(FileType.EXCEL), FileType.of(zip(false, null, "xl/workbook.xml"), "x"));
    assertEquals(Optional.of(FileType.OPEN_TEXT),
        FileType.of(zip(true, "application/vnd.oasis.opendocument.text", "content.xml"), "plan"));
    assertEquals(Optional.empty(), FileType.of(zip(true, "application/epub+zip", "content.xml"), "bok.odt"));
    assertEquals(Optional.empty(), FileType.of(zip(false, null, "index.html", "word/other.xml"), "x.docx"), "any zip is not a document");
  }

  @Test
  void theOldOfficeContainerGoesByItsNameOrNotAtAll() {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertEquals(Optional.of(FileType.WORD_97), FileType.of(ole, "Protokoll.DOC"));
    assertEquals(Optional.of(FileType.EXCEL_97), FileType.of(ole, "budget.xls"));
    assertEquals(Optional.empty(), FileType.of(ole, "program.msi"));
  }

  @Test
  void picturesAndPdfByTheirFirstBytes() {
    assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "a.png"));
    assertEquals(Optional.of(FileType.PNG), FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, ""));
    assertEquals(Optional.of(FileType.JPEG), FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, ""));
    assertEquals(Optional.of(FileType.WEBP), FileType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), ""));
    assertEquals(Optional.empty(), FileType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII), "bild.svg"));
    assertEquals(Optional.empty(), FileType.of(new byte[0], "tom.pdf"));
  }

  @Test
  void aNameKeepsWhatItSaysAndGetsTheRightEnding() {
    assertEquals("Rapport 2024.pdf", FileType.PDF.fileName("Rapport 2024.pdf"));
    assertEquals("bild.jpeg", FileType.JPEG.fileName("bild.jpeg"));
    assertEquals("sida.html.pdf", FileType.PDF.fileName("sida.html"));
    assertEquals("passwd.pdf", FileType.PDF.fileName("../../etc/passwd"));
    assertEquals("material.docx", FileType.WORD.fileName(""));
    assertEquals("ab.pdf", FileType.PDF.fileName("a\"\nb"));
  }
}
