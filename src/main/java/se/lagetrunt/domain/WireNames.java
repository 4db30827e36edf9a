package se.lagetrunt.domain;

import java.util.Locale;

/** How enum constants are spelled outside Java: {@code FAMILY_CARER} is {@code family-carer}. */
public final class WireNames {
  private WireNames() {}

  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant with this wire name; IllegalArgumentException names the kind and the value. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + value);
  }
}
