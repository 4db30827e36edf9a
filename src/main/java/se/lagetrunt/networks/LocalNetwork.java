package se.lagetrunt.networks;

import java.util.UUID;

/** A local mixed learning network in one municipality or region, within a theme network. */
public record LocalNetwork(UUID id, UUID themeNetworkId, String themeName, String name) {
  /** The method gives a network one or two leaders; a third would blur who leads. */
  public static final int MAX_LEADERS = 2;
}
