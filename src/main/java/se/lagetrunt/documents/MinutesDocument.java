package se.lagetrunt.documents;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.MeetingOpening;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.GroupOnly;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.networks.AttendanceReport;
import se.lagetrunt.store.MeetingInfo;

/**
 * A meeting's minutes put together for reading outside the editor: title, date, network,
 * attendance per stakeholder group, and the sections in board order with each question's agreed
 * interpretation. Built for an audience: for the group itself its "stays in the group" passages
 * are kept (and marked); for anyone else they are left out.
 */
public record MinutesDocument(String title, OffsetDateTime startsAt, String network, Minutes.Status status,
    int attendanceTotal, Map<String, Integer> attendanceByGroup, List<Section> sections, Audience audience) {

  public enum Audience {
    /** The local network itself. */
    GROUP,
    /** The enablers and anyone beyond the group. */
    OTHERS;

    /** The copy a person may have, by their capabilities: outside the group, the one for others. */
    public static Audience of(Capabilities may) {
      return may.inGroup() ? GROUP : OTHERS;
    }
  }

  /** {@code key}: the minutes section it comes from (opening, q:&lt;question id&gt;, other, closing). */
  public record Section(String key, String title, String interpretation, String text) {}

  static final String GROUP_ONLY_LABEL = "Stannar i gruppen";

  public static MinutesDocument of(MeetingInfo meeting, String network, MeetingState state, Audience audience) {
    AttendanceReport attendance = AttendanceReport.of(state);
    Map<String, Integer> byGroup = new LinkedHashMap<>();
    for (StakeholderGroup group : StakeholderGroup.values()) {
      int count = attendance.byGroup().get(group);
      if (count > 0) {
        byGroup.put(AttendanceReport.swedishName(group), count);
      }
    }
    Minutes minutes = state.minutes();
    List<Section> sections = new ArrayList<>();
    String opening = switch (MeetingOpening.of(meeting.round())) {
      case INTRODUCTIONS -> "Inledning – presentationsrunda";
      case PREVIOUS_SUMMARY -> "Inledning – tankar om förra mötets sammanfattning";
    };
    sections.add(section(Minutes.OPENING, opening, "",
        minutes.section(Minutes.OPENING).text(), audience));
    for (BoardQuestion question : state.board().questions()) {
      String key = Minutes.QUESTION_PREFIX + question.id();
      String text = minutes.section(key).text();
      if (question.status() != BoardQuestion.Status.SKIPPED || !text.isBlank()) {
        sections.add(section(key, question.text(), question.interpretation(), text, audience));
      }
    }
    sections.add(section(Minutes.OTHER, "Övrigt", "", minutes.section(Minutes.OTHER).text(), audience));
    sections.add(section(Minutes.CLOSING, "Avslutande reflektioner", "", minutes.section(Minutes.CLOSING).text(), audience));
    return new MinutesDocument(meeting.title(), meeting.startsAt(), network, minutes.status(), attendance.total(), byGroup,
        sections, audience);
  }

  private static Section section(String key, String title, String interpretation, String text, Audience audience) {
    String shown = audience == Audience.GROUP ? GroupOnly.forGroup(text, GROUP_ONLY_LABEL) : GroupOnly.strip(text);
    return new Section(key, title, interpretation, shown.strip());
  }
}
