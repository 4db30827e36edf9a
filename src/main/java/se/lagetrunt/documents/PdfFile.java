package se.lagetrunt.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Minutes and compilations as PDF, drawn from their XHTML form with openhtmltopdf, in DejaVu Sans
 * embedded (only the letters used): the standard PDF fonts know Latin-1 only, and turned
 * "Łukasz Đorđević, Ayşe Şahin, Nguyễn, Ольга" into "#ukasz #or#evi#…". Blocking work: call it
 * off the event loop.
 */
public final class PdfFile {
  static {
    XRLog.setLoggerImpl(new PdfLog());
  }

  /** The families the documents' style names first, in this order. */
  public static final String FONT_FAMILY = "DejaVu Sans";
  public static final String FALLBACK_FAMILY = "DejaVu Sans Upright";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  private static final PdfBidi BIDI = new PdfBidi();

  private PdfFile() {}

  private static PdfRendererBuilder withFonts(PdfRendererBuilder builder) {
    font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    // The oblique faces lack Arabic: italic text falls back to the upright face letter by letter.
    builder.useFont(() -> PdfFile.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), FALLBACK_FAMILY, 400, FontStyle.ITALIC, true);
    builder.useFont(() -> PdfFile.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), FALLBACK_FAMILY, 700, FontStyle.ITALIC, true);
    return builder;
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    if (PdfFile.class.getResource(FONTS + file) == null) {
      throw new IllegalStateException("the PDF font " + file + " is missing from the server's jar");
    }
    builder.useFont(() -> PdfFile.class.getResourceAsStream(FONTS + file), FONT_FAMILY, weight, style, true);
  }

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      withFonts(new PdfRendererBuilder())
          .useFastMode()
          .useUnicodeBidiSplitter(BIDI)
          .useUnicodeBidiReorderer(BIDI)
          .withHtmlContent(xhtml, null)
          .withProducer("Laget Runt")
          .toStream(out)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
