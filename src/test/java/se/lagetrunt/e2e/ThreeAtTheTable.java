package se.lagetrunt.e2e;

import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.StakeholderGroup;
import se.lagetrunt.domain.AccountRole;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.Person;
import se.lagetrunt.testing.TestServer;

/** A meeting led by Lena, with Anna (a family carer) and Johan (care staff) as participants. */
record ThreeAtTheTable(Person lena, Person anna, Person johan, MeetingInfo meeting) {

  static ThreeAtTheTable in(TestServer server) {
    Person lena = server.person("Lena Ledare", AccountRole.LEADER, StakeholderGroup.OFFICIAL);
    Person anna = server.person("Anna Anhörig", AccountRole.PARTICIPANT, StakeholderGroup.FAMILY_CARER);
    Person johan = server.person("Johan Omsorg", AccountRole.PARTICIPANT, StakeholderGroup.CARE_STAFF);
    MeetingInfo meeting = server.meeting(lena, MeetingRole.LEADER);
    server.addMember(meeting, anna, MeetingRole.PARTICIPANT);
    server.addMember(meeting, johan, MeetingRole.PARTICIPANT);
    return new ThreeAtTheTable(lena, anna, johan, meeting);
  }
}
