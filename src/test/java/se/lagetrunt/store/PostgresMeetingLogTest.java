package se.lagetrunt.store;

import se.lagetrunt.domain.AccountRole;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.testing.TestServer;

/** The log the server runs on – group commit into a real Postgres – keeps the meeting log's promises. */
class PostgresMeetingLogTest extends MeetingLogContract {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private Person person;

  @Override
  MeetingLog log() {
    return server.server().services().meetingLog();
  }

  @Override
  UUID newMeeting() {
    return server.meeting(person(), MeetingRole.LEADER).id();
  }

  @Override
  UUID actor() {
    return person().id();
  }

  private Person person() {
    if (person == null) {
      person = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    }
    return person;
  }
}
