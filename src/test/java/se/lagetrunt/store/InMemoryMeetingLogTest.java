package se.lagetrunt.store;

import java.util.UUID;

/** The in-memory log keeps the meeting log's promises. */
class InMemoryMeetingLogTest extends MeetingLogContract {
  private final InMemoryMeetingLog log = new InMemoryMeetingLog();

  @Override
  MeetingLog log() {
    return log;
  }

  @Override
  UUID newMeeting() {
    return UUID.randomUUID();
  }

  @Override
  UUID actor() {
    return UUID.randomUUID();
  }
}
