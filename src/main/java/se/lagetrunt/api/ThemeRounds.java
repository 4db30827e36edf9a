package se.lagetrunt.api;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import se.lagetrunt.domain.MeetingState;
import se.lagetrunt.domain.Minutes;
import se.lagetrunt.documents.CompilationMaterial;
import se.lagetrunt.documents.MinutesDocument;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.networks.ThemeNetwork;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;

/** A theme's rounds, as its compilations are made of them: the local meetings of each, with their state. */
final class ThemeRounds {
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final EventLog eventLog;

  ThemeRounds(NetworkStore networks, MeetingStore meetings, EventLog eventLog) {
    this.networks = networks;
    this.meetings = meetings;
    this.eventLog = eventLog;
  }

  /** One round of a theme: its local meetings (in network order), each with its state and network's name. */
  record Round(int number, List<Held> meetings) {
    String title() {
      return meetings.isEmpty() ? null : meetings.get(0).meeting().title();
    }

    List<Held> submitted() {
      return meetings.stream().filter(held -> held.state().minutes().status() == Minutes.Status.SUBMITTED).toList();
    }

    /** Only submitted minutes, and only as others may read them: what stays in a group stays there. */
    CompilationMaterial material() {
      return CompilationMaterial.of(submitted().stream().map(held -> new CompilationMaterial.Source(held.network(),
          MinutesDocument.of(held.meeting(), held.network(), held.state(), MinutesDocument.Audience.OTHERS))).toList());
    }
  }

  record Held(MeetingInfo meeting, String network, MeetingState state) {}

  /** The theme's rounds (all, or the one asked for), with their local meetings. */
  Future<Map<Integer, Round>> of(ThemeNetwork theme, Integer only) {
    return Future.all(networks.localsOfTheme(theme.id()), meetings.localMeetingsOfTheme(theme.id(), only)).compose(both -> {
      Map<UUID, String> names = both.<List<LocalNetwork>>resultAt(0).stream()
          .collect(Collectors.toMap(LocalNetwork::id, LocalNetwork::name));
      List<MeetingInfo> list = both.resultAt(1);
      List<Future<Held>> held = list.stream().map(meeting -> eventLog.currentState(meeting.id())
          .map(state -> new Held(meeting, names.get(meeting.localNetworkId()), state))).toList();
      return Future.all(held).map(done -> {
        Map<Integer, List<Held>> byRound = new TreeMap<>();
        held.forEach(h -> byRound.computeIfAbsent(h.result().meeting().round(), r -> new ArrayList<>()).add(h.result()));
        Map<Integer, Round> rounds = new LinkedHashMap<>();
        byRound.forEach((number, inRound) -> rounds.put(number, new Round(number, inRound)));
        return rounds;
      });
    });
  }
}
