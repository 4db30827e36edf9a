package se.lagetrunt.room;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.protocol.WireCommand;

/**
 * What only the server knows when the room decides a command – who is present right now, who
 * the sender is, the seed of a shuffle, fresh ids, the board's current question – from the room's
 * members and state at that moment. Only the commands that need a fact pay for it: the present
 * list is built, and the seed drawn, when asked for.
 */
final class ServerFacts implements WireCommand.Facts {
  private final Actor sender;
  private final Collection<Member> members;
  private final MeetingState state;
  private final Random random;

  ServerFacts(Actor sender, Collection<Member> members, MeetingState state, Random random) {
    this.sender = sender;
    this.members = members;
    this.state = state;
    this.random = random;
  }

  @Override
  public String sender() {
    return sender.personId().toString();
  }

  @Override
  public String senderName() {
    return members.stream().filter(m -> m.personId().equals(sender.personId())).map(Member::name).findFirst().orElse("");
  }

  /** People connected, in the order they came (room screens are no one), then seats in the room or on the phone. */
  @Override
  public List<String> present() {
    LinkedHashSet<String> present = new LinkedHashSet<>();
    members.stream().filter(member -> !member.display()).forEach(member -> present.add(member.personId().toString()));
    state.seats().values().forEach(seat -> present.add(MeetingState.whoOf(seat)));
    return List.copyOf(present);
  }

  @Override
  public long seed() {
    return random.nextLong();
  }

  @Override
  public String currentQuestion() {
    BoardQuestion current = state.board().current();
    return current == null ? null : current.id();
  }

  @Override
  public String newId() {
    return UUID.randomUUID().toString();
  }
}
