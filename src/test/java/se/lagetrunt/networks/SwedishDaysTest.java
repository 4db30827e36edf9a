package se.lagetrunt.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Swedish holidays and breaks, computed: checked against the almanac for years the code has no list of. */
class SwedishDaysTest {
  @Test
  void easterFollowsTheComputus() {
    assertEquals(LocalDate.of(2024, 3, 31), SwedishDays.easterSunday(2024));
    assertEquals(LocalDate.of(2025, 4, 20), SwedishDays.easterSunday(2025));
    assertEquals(LocalDate.of(2027, 3, 28), SwedishDays.easterSunday(2027));
    assertEquals(LocalDate.of(2038, 4, 25), SwedishDays.easterSunday(2038));
  }

  @Test
  void movableHolidaysByTheirRules() {
    assertEquals(Optional.of("långfredagen"), SwedishDays.holiday(LocalDate.of(2027, 3, 26)));
    assertEquals(Optional.of("annandag påsk"), SwedishDays.holiday(LocalDate.of(2025, 4, 21)));
    assertEquals(Optional.of("Kristi himmelsfärdsdag"), SwedishDays.holiday(LocalDate.of(2025, 5, 29)));
    assertEquals(Optional.of("midsommarafton"), SwedishDays.holiday(LocalDate.of(2025, 6, 20)));
    assertEquals(Optional.of("midsommarafton"), SwedishDays.holiday(LocalDate.of(2026, 6, 19)));
    assertEquals(Optional.of("alla helgons dag"), SwedishDays.holiday(LocalDate.of(2025, 11, 1)));
    assertEquals(Optional.of("alla helgons dag"), SwedishDays.holiday(LocalDate.of(2026, 10, 31)));
    assertEquals(Optional.of("Sveriges nationaldag"), SwedishDays.holiday(LocalDate.of(2031, 6, 6)));
    assertEquals(Optional.empty(), SwedishDays.holiday(LocalDate.of(2026, 10, 30)));
  }

  @Test
  void theBreaks() {
    assertEquals(Optional.of("sommaruppehållet"), SwedishDays.dayOff(LocalDate.of(2027, 7, 14)));
    assertEquals(Optional.of("jul- och nyårsuppehållet"), SwedishDays.dayOff(LocalDate.of(2026, 12, 28)));
    assertEquals(Optional.of("jul- och nyårsuppehållet"), SwedishDays.dayOff(LocalDate.of(2027, 1, 4)));
    assertEquals(Optional.empty(), SwedishDays.dayOff(LocalDate.of(2027, 1, 12)));
    assertEquals(Optional.empty(), SwedishDays.dayOff(LocalDate.of(2026, 8, 17)));
  }
}
