package se.lagetrunt.documents;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Right-to-left text in PDFs, with ICU: a line is split into runs of one direction in the order
 * they are seen (the Unicode bidirectional algorithm), a right-to-left run is drawn reversed, and
 * Arabic letters take their joined forms. Without it "محمد" came out as four separate letters
 * in the wrong order.
 */
final class PdfBidi implements BidiSplitterFactory, BidiReorderer {
  private static final int SHAPE = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK;
  private static final int UNSHAPE = ArabicShaping.LETTERS_UNSHAPE | ArabicShaping.LENGTH_GROW_SHRINK;

  @Override
  public BidiSplitter createBidiSplitter() {
    return new Splitter();
  }

  private static final class Splitter implements BidiSplitter {
    private final Bidi bidi = new Bidi();

    @Override
    public void setParagraph(String text, byte direction) {
      bidi.setPara(text, switch (direction) {
        case LTR -> Bidi.LTR;
        case RTL -> Bidi.RTL;
        default -> Bidi.LEVEL_DEFAULT_LTR;
      }, null);
    }

    @Override
    public int countTextRuns() {
      return bidi.countRuns();
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
      BidiRun run = bidi.getVisualRun(index);
      return new BidiTextRun(run.getStart(), run.getLength(), run.isOddRun() ? RTL : LTR);
    }

    @Override
    public byte getBaseDirection(String text) {
      return switch (Bidi.getBaseDirection(text)) {
        case Bidi.LTR -> LTR;
        case Bidi.RTL -> RTL;
        default -> NEUTRAL;
      };
    }
  }

  @Override
  public String reorderRTLTextToLTR(String text) {
    return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
  }

  @Override
  public String shapeText(String text) {
    return shaped(text, SHAPE);
  }

  @Override
  public String deshapeText(String text) {
    return shaped(text, UNSHAPE);
  }

  private static String shaped(String text, int options) {
    try {
      return new ArabicShaping(options).shape(text);
    } catch (ArabicShapingException cannot) {
      return text; // drawn unjoined, never lost
    }
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }
}
