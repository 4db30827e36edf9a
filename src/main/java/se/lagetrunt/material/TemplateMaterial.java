package se.lagetrunt.material;

/**
 * Material a series template names for one of its meetings, such as the report meeting 2 builds
 * on. {@code url} is null when the file is handed out later: the library then holds the entry,
 * waiting for an enabler to add it.
 */
public record TemplateMaterial(String title, String note, String url) {
  public TemplateMaterial {
    note = note == null ? "" : note;
  }
}
