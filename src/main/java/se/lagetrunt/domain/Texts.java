package se.lagetrunt.domain;

/** Rules for the short texts people type into a meeting. */
final class Texts {
  static final int TOPIC_MAX_LENGTH = 300;

  private Texts() {}

  /** Trims, and folds runs of white space so a topic reads the same on every screen. */
  static String normalizeLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** Control characters have no place in a one-line text and can confuse screen readers. */
  static boolean hasControlCharacters(String text) {
    return text.codePoints().anyMatch(Character::isISOControl);
  }
}
