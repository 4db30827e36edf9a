package se.lagetrunt.networks;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import se.lagetrunt.protocol.Json;

/**
 * The built-in series: the two six-meeting question series Nka proposed for autumn 2024
 * (resources/templates/series.json, in Swedish, from the seed documents).
 */
public final class SeriesTemplates {
  private static final String RESOURCE = "/templates/series.json";
  private final List<SeriesTemplate> templates;

  private SeriesTemplates(List<SeriesTemplate> templates) {
    this.templates = List.copyOf(templates);
  }

  public static SeriesTemplates builtIn() {
    try (InputStream in = SeriesTemplates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return new SeriesTemplates(Json.MAPPER.readValue(in, new TypeReference<List<SeriesTemplate>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public List<SeriesTemplate> all() {
    return templates;
  }

  public Optional<SeriesTemplate> find(String key) {
    return templates.stream().filter(template -> template.key().equals(key)).findFirst();
  }
}
