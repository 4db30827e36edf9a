package se.lagetrunt.networks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Days a Swedish group rarely meets on: the public holidays (computed for any year – Easter by the
 * Gregorian computus, midsummer and All Saints' by their weekday rules, not a list of years) and
 * the summer and Christmas breaks. Pure.
 */
public final class SwedishDays {
  /** The summer break: from midsummer week until the middle of August, when work starts again. */
  private static final MonthDay SUMMER_FROM = MonthDay.of(6, 20);
  private static final MonthDay SUMMER_TO = MonthDay.of(8, 15);
  /** The Christmas break: from the week before Christmas to Epiphany. */
  private static final MonthDay CHRISTMAS_FROM = MonthDay.of(12, 20);
  private static final MonthDay CHRISTMAS_TO = MonthDay.of(1, 6);

  private SwedishDays() {}

  /** The public holiday (or its eve, as Swedes keep them) on this day, in Swedish, if any. */
  public static Optional<String> holiday(LocalDate day) {
    int year = day.getYear();
    LocalDate easter = easterSunday(year);
    LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    LocalDate allSaints = LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    MonthDay date = MonthDay.from(day);
    if (date.equals(MonthDay.of(1, 1))) {
      return Optional.of("nyårsdagen");
    }
    if (date.equals(MonthDay.of(1, 6))) {
      return Optional.of("trettondedag jul");
    }
    if (day.equals(easter.minusDays(2))) {
      return Optional.of("långfredagen");
    }
    if (day.equals(easter.minusDays(1))) {
      return Optional.of("påskafton");
    }
    if (day.equals(easter)) {
      return Optional.of("påskdagen");
    }
    if (day.equals(easter.plusDays(1))) {
      return Optional.of("annandag påsk");
    }
    if (date.equals(MonthDay.of(5, 1))) {
      return Optional.of("första maj");
    }
    if (day.equals(easter.plusDays(39))) {
      return Optional.of("Kristi himmelsfärdsdag");
    }
    if (day.equals(easter.plusDays(49))) {
      return Optional.of("pingstdagen");
    }
    if (date.equals(MonthDay.of(6, 6))) {
      return Optional.of("Sveriges nationaldag");
    }
    if (day.equals(midsummerEve)) {
      return Optional.of("midsommarafton");
    }
    if (day.equals(midsummerEve.plusDays(1))) {
      return Optional.of("midsommardagen");
    }
    if (day.equals(allSaints)) {
      return Optional.of("alla helgons dag");
    }
    if (date.equals(MonthDay.of(12, 24))) {
      return Optional.of("julafton");
    }
    if (date.equals(MonthDay.of(12, 25))) {
      return Optional.of("juldagen");
    }
    if (date.equals(MonthDay.of(12, 26))) {
      return Optional.of("annandag jul");
    }
    if (date.equals(MonthDay.of(12, 31))) {
      return Optional.of("nyårsafton");
    }
    return Optional.empty();
  }

  /** The break this day falls in, in Swedish, if any. */
  public static Optional<String> dayOff(LocalDate day) {
    MonthDay date = MonthDay.from(day);
    if (!date.isBefore(SUMMER_FROM) && !date.isAfter(SUMMER_TO)) {
      return Optional.of("sommaruppehållet");
    }
    if (!date.isBefore(CHRISTMAS_FROM) || !date.isAfter(CHRISTMAS_TO)) {
      return Optional.of("jul- och nyårsuppehållet");
    }
    return Optional.empty();
  }

  /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
