package se.lagetrunt.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG, read back module by module and decoded, gives the link again. */
class QrSvgTest {
  private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
  private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");

  @Test
  void aScannerReadsTheLinkBack() throws Exception {
    String link = "https://bln.example.se/login.html#R6FZT4eiiAfwNGdlRvJidoYNVjLEe3uVQWDaY1qJuC4";
    String svg = QrSvg.of(link);
    Matcher sizeMatch = SIZE.matcher(svg);
    sizeMatch.find();
    int size = Integer.parseInt(sizeMatch.group(1));
    int scale = 4;
    byte[] pixels = new byte[size * size * scale * scale];
    java.util.Arrays.fill(pixels, (byte) 255);
    Matcher module = MODULE.matcher(svg);
    while (module.find()) {
      int x = Integer.parseInt(module.group(1));
      int y = Integer.parseInt(module.group(2));
      for (int dy = 0; dy < scale; dy++) {
        for (int dx = 0; dx < scale; dx++) {
          pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
        }
      }
    }
    int width = size * scale;
    LuminanceSource image = new LuminanceSource(width, width) {
      @Override
      public byte[] getRow(int y, byte[] row) {
        byte[] out = row != null && row.length >= width ? row : new byte[width];
        System.arraycopy(pixels, y * width, out, 0, width);
        return out;
      }

      @Override
      public byte[] getMatrix() {
        return pixels;
      }
    };
    assertEquals(link, new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(image))).getText());
  }
}
