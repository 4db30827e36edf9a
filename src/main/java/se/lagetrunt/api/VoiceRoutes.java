package se.lagetrunt.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.auth.MeetingGate;
import se.lagetrunt.auth.TurnServers;
import se.lagetrunt.domain.Capabilities;
import se.lagetrunt.domain.MeetingRole;
import se.lagetrunt.domain.VoiceCheck;
import se.lagetrunt.store.VoiceCheckStore;

/**
 * What a browser needs to place its calls (the relays it may use, with credentials of its own),
 * and the self-check before a meeting: each person's outcome, and who is ready for the leader.
 */
final class VoiceRoutes {
  private final TurnServers turn;
  private final VoiceCheckStore checks;
  private final MeetingGate gate;
  private final Clock clock;

  VoiceRoutes(TurnServers turn, VoiceCheckStore checks, MeetingGate gate, Clock clock) {
    this.turn = turn;
    this.checks = checks;
    this.gate = gate;
    this.clock = clock;
  }

  void mount(Router router) {
    router.get("/api/voice/ice-servers").handler(this::iceServers);
    router.put("/api/voice/check").handler(this::recordCheck);
    router.get("/api/voice/check").handler(ctx -> checks.latest(Requests.person(ctx).id())
        .onSuccess(own -> ctx.json(Views.readiness(own))).onFailure(ctx::fail));
    router.get("/api/meetings/:id/voice-readiness").handler(this::readiness);
  }

  private void iceServers(RoutingContext ctx) {
    JsonArray servers = new JsonArray();
    if (turn.configured()) {
      TurnServers.Credential credential = turn.credentialFor(Requests.person(ctx).id(), clock.instant());
      servers.add(new JsonObject().put("urls", new JsonArray(turn.urls()))
          .put("username", credential.username()).put("credential", credential.password()));
    }
    ctx.json(new JsonObject().put("iceServers", servers).put("relayOnly", turn.configured() && turn.relayOnly()));
  }

  /** The caller's self-check; the latest replaces the one before. */
  private void recordCheck(RoutingContext ctx) {
    JsonObject body = Fields.body(ctx);
    List<String> via = new ArrayList<>();
    if (body.getValue("via") instanceof JsonArray ways && ways.size() <= VoiceCheck.WAYS.size()) {
      ways.forEach(way -> via.add(String.valueOf(way)));
    }
    if (!VoiceCheck.WAYS.containsAll(via) || !(body.getValue("via") instanceof JsonArray)) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "'via' lists the ways that got through: " + VoiceCheck.WAYS + ".");
    }
    VoiceCheck check = new VoiceCheck(Fields.oneOf(body, "microphone", VoiceCheck.MICROPHONE, ""),
        Fields.oneOf(body, "speaker", VoiceCheck.SPEAKER, "untested"), Fields.oneOf(body, "connection", VoiceCheck.CONNECTION, ""),
        via.stream().distinct().toList());
    if (check.microphone().isEmpty() || check.connection().isEmpty()) {
      throw new ApiProblem(ProblemCode.INVALID_FIELD, "A check says how the microphone and the connection went.");
    }
    checks.record(Requests.person(ctx).id(), check, clock.instant().atOffset(ZoneOffset.UTC))
        .onSuccess(done -> ctx.json(new JsonObject().put("status", VoiceCheck.readiness(check).wireName())))
        .onFailure(ctx::fail);
  }

  /**
   * Who of the meeting's people has checked their sound and connection, and how it went: for
   * those who lead it. The enablers of a local network's meeting are not at its table.
   */
  private void readiness(RoutingContext ctx) {
    UUID meetingId = Requests.id(ctx, "id");
    MeetingRoutes.steering(gate, ctx, meetingId).compose(admission -> checks.ofMeeting(meetingId).map(people -> {
      JsonArray list = new JsonArray();
      for (VoiceCheckStore.Checked person : people) {
        if (Capabilities.of(MeetingRole.fromWire(person.role()), admission.meeting().kind()).inGroup()) {
          list.add(Views.readiness(person));
        }
      }
      return list;
    })).onSuccess(ctx::json).onFailure(ctx::fail);
  }
}
