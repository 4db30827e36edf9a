package se.lagetrunt.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The people of a Swedish municipality's networks, as their names are written: every one comes out
 * of a PDF as it went in (read back with PDFBox's text extraction), none as '#'.
 */
class PdfFileTest {
  static final List<String> NAMES = List.of(
      "Łukasz Żółkiewski", // Polish
      "Đorđe Đorđević", // Serbo-Croatian
      "Ayşe Şahin Çağlayan", // Turkish
      "Nguyễn Thị Ánh Tuyết", // Vietnamese
      "محمد", // Arabic
      "Ольга Иванова", // Cyrillic
      "Väinö Äijälä", // Finnish
      "Máret Ŋuolja Čáhppes", // North Sami
      "Åsa Öberg"); // and Swedish, still

  private static String textOf(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<String> fontsOf(byte[] pdf) throws Exception {
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
        }
      }
    }
    return fonts;
  }

  @Test
  void everyonesNameComesOutAsItWentIn() throws Exception {
    StringBuilder html = MinutesHtml.start("Träff 3: Anhörigas röster", NAMES);
    html.append("<p><strong>").append(String.join(", ", NAMES)).append("</strong></p>")
        .append("<p><em>").append(String.join(", ", NAMES)).append("</em></p></body></html>");
    byte[] pdf = PdfFile.render(html.toString());
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/names.pdf"), pdf); // to look at

    // Arabic letters are drawn in their joined forms, which extraction gives back as such.
    String text = Normalizer.normalize(textOf(pdf), Normalizer.Form.NFKC);
    for (String name : NAMES) {
      assertTrue(text.contains(name), name + " in:\n" + text);
    }
    assertFalse(text.contains("#"), text);
    List<String> fonts = fontsOf(pdf);
    assertTrue(fonts.stream().allMatch(font -> font.contains("DejaVuSans") && font.endsWith("(embedded)")), fonts.toString());
  }
}
