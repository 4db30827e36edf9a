package se.lagetrunt.auth;

import io.vertx.core.Future;
import java.util.UUID;
import se.lagetrunt.store.MeetingStore;
import se.lagetrunt.store.Person;
import se.lagetrunt.store.PersonStore;

/**
 * Who is this, and may they be in this meeting? Asked on every socket hello and every REST call,
 * against the database each time, so a removed person or member, or an ended session, is out at
 * once.
 */
public final class MeetingGate {
  private final TokenService tokens;
  private final DeviceSessions sessions;
  private final PersonStore people;
  private final MeetingStore meetings;

  /** A person signed in on a device: who, and which of their sessions. */
  public record SignedIn(Person person, UUID sessionId) {}

  public MeetingGate(TokenService tokens, DeviceSessions sessions, PersonStore people, MeetingStore meetings) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.people = people;
    this.meetings = meetings;
  }

  /** The signed-in person behind a session token, and the session, if it is still open. */
  public Future<SignedIn> signedIn(String token) {
    if (token == null || token.isEmpty()) {
      return Future.failedFuture(new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "No token."));
    }
    return tokens.verify(token)
        .compose(verified -> sessions.check(verified.sessionId(), verified.personId()).map(verified))
        .recover(error -> Future.failedFuture(
            new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "The sign-in is not valid or has ended.")))
        .compose(verified -> people.find(verified.personId()).compose(found -> found.filter(person -> !person.removed())
            .map(person -> Future.succeededFuture(new SignedIn(person, verified.sessionId())))
            .orElseGet(() -> Future.failedFuture(
                new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "This account no longer exists.")))));
  }

  public Future<Admission> admit(Person person, UUID meetingId) {
    return meetings.find(meetingId).compose(meeting -> {
      if (meeting.isEmpty()) {
        return Future.failedFuture(new AccessDenied(AccessDenied.Reason.NOT_FOUND, "There is no such meeting."));
      }
      // In a local meeting they stand for the group they do in its network.
      return meetings.roleOf(meetingId, person.id()).compose(role -> role
          .map(r -> meetings.groupIn(meetingId, person.id())
              .map(group -> new Admission(group.map(person::withGroup).orElse(person), meeting.get(), r)))
          .orElseGet(() -> Future.failedFuture(
              new AccessDenied(AccessDenied.Reason.FORBIDDEN, "You are not a member of this meeting."))));
    });
  }
}
