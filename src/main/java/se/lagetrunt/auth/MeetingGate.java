package se.lagetrunt.auth;

import io.vertx.core.Future;
import java.util.UUID;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * Who is this, and may they be in this meeting? Asked on every socket hello and every REST call,
 * against the database each time, so a removed person or member is out at once.
 */
public final class MeetingGate {
  private final TokenService tokens;
  private final PersonStore people;
  private final MeetingStore meetings;

  public MeetingGate(TokenService tokens, PersonStore people, MeetingStore meetings) {
    this.tokens = tokens;
    this.people = people;
    this.meetings = meetings;
  }

  /** The signed-in person behind a session token. */
  public Future<Person> person(String token) {
    if (token == null || token.isEmpty()) {
      return Future.failedFuture(new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "No token."));
    }
    return tokens.verify(token)
        .recover(error -> Future.failedFuture(
            new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "The sign-in is not valid or has expired.")))
        .compose(people::find)
        .compose(found -> found.filter(person -> !person.removed())
            .map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(
                new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "This account no longer exists."))));
  }

  public Future<Admission> admit(String token, UUID meetingId) {
    return person(token).compose(person -> admit(person, meetingId));
  }

  public Future<Admission> admit(Person person, UUID meetingId) {
    return meetings.find(meetingId).compose(meeting -> {
      if (meeting.isEmpty()) {
        return Future.failedFuture(new AccessDenied(AccessDenied.Reason.NOT_FOUND, "There is no such meeting."));
      }
      return meetings.roleOf(meetingId, person.id()).compose(role -> role
          .map(r -> Future.succeededFuture(new Admission(person, meeting.get(), r)))
          .orElseGet(() -> Future.failedFuture(
              new AccessDenied(AccessDenied.Reason.FORBIDDEN, "You are not a member of this meeting."))));
    });
  }
}
