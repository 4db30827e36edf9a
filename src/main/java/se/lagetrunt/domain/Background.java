package se.lagetrunt.domain;

import java.util.Objects;

/**
 * Material on the board to prepare with: a research summary, a report link, a short text.
 *
 * @param url an http(s) address, or "" for a text without a link
 */
public record Background(String id, String title, String text, String url) {
  public Background {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
  }
}
