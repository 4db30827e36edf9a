package se.lagetrunt.networks;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.lagetrunt.domain.Attendee;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.StakeholderGroup;

/** Who was at a meeting, counted per stakeholder group: for the leader, and for the funder. */
public record AttendanceReport(List<Attendee> people, Map<StakeholderGroup, Integer> byGroup) {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<StakeholderGroup, String> SWEDISH_NAMES = Map.of(
      StakeholderGroup.FAMILY_CARER, "Anhöriga",
      StakeholderGroup.CARE_STAFF, "Vård- och omsorgspersonal",
      StakeholderGroup.OFFICIAL, "Tjänstepersoner/handläggare",
      StakeholderGroup.MANAGER, "Chefer",
      StakeholderGroup.POLITICIAN, "Politiker",
      StakeholderGroup.CIVIL_SOCIETY, "Civilsamhälle/idéburna",
      StakeholderGroup.RESEARCHER, "Forskare",
      StakeholderGroup.OTHER, "Övriga");

  /** The group's name in Swedish, plural, as in reports. */
  public static String swedishName(StakeholderGroup group) {
    return SWEDISH_NAMES.get(group);
  }

  public static AttendanceReport of(MeetingState state) {
    List<Attendee> people = state.attendance();
    Map<StakeholderGroup, Integer> byGroup = new EnumMap<>(StakeholderGroup.class);
    for (StakeholderGroup group : StakeholderGroup.values()) {
      byGroup.put(group, 0);
    }
    people.forEach(attendee -> byGroup.merge(attendee.group(), 1, Integer::sum));
    return new AttendanceReport(List.copyOf(people), byGroup);
  }

  public int total() {
    return people.size();
  }

  /** One row of a series' attendance. */
  public record Row(int round, String title, OffsetDateTime startsAt, AttendanceReport report) {}

  /**
   * The series as CSV for a spreadsheet: semicolons and a byte-order mark, which is what Excel
   * set to Swedish expects; times in Swedish time.
   */
  public static String csv(List<Row> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("Möte;Titel;Tid;Totalt");
    for (StakeholderGroup group : StakeholderGroup.values()) {
      csv.append(';').append(cell(SWEDISH_NAMES.get(group)));
    }
    csv.append("\r\n");
    for (Row row : rows) {
      csv.append(row.round()).append(';').append(cell(row.title())).append(';')
          .append(row.startsAt() == null ? "" : DAY.format(row.startsAt().atZoneSameInstant(SWEDEN)))
          .append(';').append(row.report().total());
      for (StakeholderGroup group : StakeholderGroup.values()) {
        csv.append(';').append(row.report().byGroup().get(group));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  private static String cell(String text) {
    boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    // A leading = + - @ would be run as a formula by a spreadsheet: neutralise it.
    String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
