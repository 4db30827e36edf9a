package se.lagetrunt.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Minutes and compilations as PDF, drawn from their XHTML form with openhtmltopdf. The standard PDF
 * fonts cover Swedish (å, ä, ö are in their Latin-1 set). Blocking work: call it off the event loop.
 */
public final class PdfFile {
  static {
    XRLog.setLoggerImpl(new PdfLog());
  }

  private PdfFile() {}

  public static byte[] render(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfRendererBuilder()
          .useFastMode()
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
