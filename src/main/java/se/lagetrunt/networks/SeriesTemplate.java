package se.lagetrunt.networks;

import java.util.List;

/** A ready-made series of meetings: what each meeting is for and what it discusses. */
public record SeriesTemplate(String key, String title, String source, List<Meeting> meetings) {

  public SeriesTemplate {
    meetings = List.copyOf(meetings);
  }

  /** One meeting of a series, before it has a date. */
  public record Meeting(String title, String purpose, List<String> questions) {
    public Meeting {
      questions = List.copyOf(questions);
    }
  }
}
