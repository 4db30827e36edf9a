package se.lagetrunt.networks;

import java.util.UUID;

/** A national network around one theme, run by enablers; it holds local networks. */
public record ThemeNetwork(UUID id, String name) {}
