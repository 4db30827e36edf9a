package se.lagetrunt.material;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a theme network's library: a file or a link, or – named by a template before
 * anyone has the file – neither yet ({@link #ready()} false), and where it is shown.
 */
public record Material(UUID id, UUID themeId, String title, String note, String url, String fileName,
    String contentType, Integer sizeBytes, UUID addedBy, OffsetDateTime addedAt, List<Attachment> attachments) {

  public Material {
    Objects.requireNonNull(id, "id");
    attachments = List.copyOf(attachments);
  }

  public boolean ready() {
    return url != null || fileName != null;
  }

  public boolean isFile() {
    return fileName != null;
  }

  /**
   * Where material is shown: a whole round of the theme ({@code round}), one meeting
   * ({@code meetingId}), or one question of that meeting's board ({@code meetingId} and
   * {@code questionId}).
   */
  public record Attachment(Integer round, UUID meetingId, String questionId) {
    public static Attachment round(int round) {
      return new Attachment(round, null, null);
    }

    public static Attachment meeting(UUID meetingId) {
      return new Attachment(null, meetingId, null);
    }

    public static Attachment question(UUID meetingId, String questionId) {
      return new Attachment(null, meetingId, questionId);
    }
  }
}
