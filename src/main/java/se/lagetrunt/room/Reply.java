package se.lagetrunt.room;

import io.vertx.core.Promise;
import se.lagetrunt.protocol.ErrorCode;
import se.lagetrunt.protocol.ServerMessages;

/**
 * Where the one answer to a command goes: back over a client's connection, or to server code
 * that issued the command itself (a REST call, another meeting sharing its questions).
 */
interface Reply {
  void ok(long seq);

  void refused(String code, String message);

  /** Refused for one of the protocol's own reasons, in its own words. */
  default void refused(ErrorCode code) {
    refused(code.wireName(), code.message());
  }

  static Reply to(ClientChannel channel, String commandId) {
    return new Reply() {
      @Override
      public void ok(long seq) {
        channel.answer(ServerMessages.ok(commandId, seq));
      }

      @Override
      public void refused(String code, String message) {
        channel.answer(ServerMessages.error(commandId, code, message));
      }
    };
  }

  static Reply to(Promise<Long> promise) {
    return new Reply() {
      @Override
      public void ok(long seq) {
        promise.tryComplete(seq);
      }

      @Override
      public void refused(String code, String message) {
        promise.tryFail(new CommandRefused(code, message));
      }
    };
  }
}
