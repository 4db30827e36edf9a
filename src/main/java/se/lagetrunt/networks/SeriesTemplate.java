package se.lagetrunt.networks;

import java.util.List;
import se.lagetrunt.material.TemplateMaterial;

/** A ready-made series of meetings: what each meeting is for and what it discusses. */
public record SeriesTemplate(String key, String title, String source, List<Meeting> meetings) {

  public SeriesTemplate {
    meetings = List.copyOf(meetings);
  }

  /** One meeting of a series, before it has a date, and the material it builds on (for its whole round). */
  public record Meeting(String title, String purpose, List<String> questions, List<TemplateMaterial> material) {
    public Meeting {
      questions = List.copyOf(questions);
      material = material == null ? List.of() : List.copyOf(material);
    }

    /** The same meeting as a leader edited it, still building on the template's material. */
    public Meeting edited(String title, String purpose, List<String> questions) {
      return new Meeting(title, purpose, questions, material);
    }
  }
}
