package se.lagetrunt.room;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import se.lagetrunt.domain.Actor;
import se.lagetrunt.domain.BoardCommand;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.domain.MeetingCommand;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.MinutesCommand;
import se.lagetrunt.domain.TurnCommand;
import se.lagetrunt.protocol.ClientMessageParser;

/**
 * Completes a client's command with what only the server may know: who is present right now,
 * who "self" is, the seed of a shuffle, fresh ids for new things on the board, and the name of
 * whoever proposes a question. A client can never supply these.
 */
final class ServerFacts {
  private ServerFacts() {}

  /** Who is here now, for rounds: people connected, in the order they came, then seats in the room or on the phone. */
  private static List<String> present(Collection<Member> members, MeetingState state) {
    LinkedHashSet<String> present = new LinkedHashSet<>();
    members.stream().filter(member -> !member.display()).forEach(member -> present.add(member.personId().toString()));
    state.seats().values().forEach(seat -> present.add(MeetingState.whoOf(seat)));
    return List.copyOf(present);
  }

  /**
   * The command with the server's facts filled in. Only the commands that need them pay for
   * them: the present list is built, and the random seed drawn, for those alone.
   */
  static MeetingCommand complete(MeetingCommand command, Actor actor, Collection<Member> members,
      MeetingState state, Random random) {
    if (command instanceof TurnCommand.StartRound start) {
      BoardQuestion current = state.board().current();
      return new TurnCommand.StartRound(start.kind(), start.mode(), start.custom(), present(members, state),
          random.nextLong(), current == null ? null : current.id());
    }
    if (command instanceof TurnCommand.EndTurn end) {
      return new TurnCommand.EndTurn(end.who(), end.outcome(), present(members, state));
    }
    if (command instanceof TurnCommand.AddToRound add) {
      return new TurnCommand.AddToRound(add.who(), present(members, state));
    }
    if (command instanceof TurnCommand.RaiseHand raise && ClientMessageParser.SELF.equals(raise.who())) {
      return new TurnCommand.RaiseHand(actor.personId().toString(), raise.kind());
    }
    if (command instanceof BoardCommand board) {
      return completeBoard(board, actor, members);
    }
    if (command instanceof MinutesCommand.AddComment c) {
      return new MinutesCommand.AddComment(c.section(), c.quote(), c.text(), c.parentId(), newId(), nameOf(actor, members));
    }
    return command;
  }

  private static String nameOf(Actor actor, Collection<Member> members) {
    return members.stream().filter(m -> m.personId().equals(actor.personId())).map(Member::name).findFirst().orElse("");
  }

  private static BoardCommand completeBoard(BoardCommand command, Actor actor, Collection<Member> members) {
    if (command instanceof BoardCommand.AddQuestion add) {
      return new BoardCommand.AddQuestion(add.text(), newId());
    }
    if (command instanceof BoardCommand.ProposeQuestion propose) {
      return new BoardCommand.ProposeQuestion(propose.text(), newId(), nameOf(actor, members));
    }
    if (command instanceof BoardCommand.AcceptProposal accept) {
      return new BoardCommand.AcceptProposal(accept.proposalId(), accept.text(), newId());
    }
    if (command instanceof BoardCommand.ReplacePlanned replace && replace.newIds().isEmpty()) {
      return new BoardCommand.ReplacePlanned(replace.texts(), replace.texts().stream().map(text -> newId()).toList());
    }
    if (command instanceof BoardCommand.AddBackground add) {
      return new BoardCommand.AddBackground(add.title(), add.text(), add.url(), newId());
    }
    return command;
  }

  /** Random, so an id from another meeting never names anything here. */
  static String newId() {
    return UUID.randomUUID().toString();
  }
}
