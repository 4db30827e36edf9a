package se.lagetrunt.protocol;

import java.util.List;
import se.lagetrunt.domain.MeetingCommand;

/**
 * A client's command as read from its message: what the client said, made into the rules'
 * command by the room alone, with what only the server knows ({@link Facts}). So a command is
 * built once, whole, and nothing a client sends can stand in for a server fact.
 */
@FunctionalInterface
public interface WireCommand {
  MeetingCommand with(Facts facts);

  /** A command that needs nothing from the server. */
  static WireCommand of(MeetingCommand command) {
    return facts -> command;
  }

  /** What only the server knows when it decides a command; a client can never supply it. */
  interface Facts {
    /** The sender's person id: whom a hand raised for oneself is for. */
    String sender();

    /** The sender's name, as it goes on what they propose or comment. */
    String senderName();

    /** Who is here now, for rounds: people connected, in the order they came, then seats. */
    List<String> present();

    /** The seed of a shuffled order. */
    long seed();

    /** The board's current question, which a round is about; null when none is. */
    String currentQuestion();

    /** A fresh id for something new: random, so an id from another meeting never names anything here. */
    String newId();
  }
}
