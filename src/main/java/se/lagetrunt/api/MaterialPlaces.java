package se.lagetrunt.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import se.lagetrunt.domain.BoardQuestion;
import se.lagetrunt.material.Material;
import se.lagetrunt.networks.LocalNetwork;
import se.lagetrunt.networks.NetworkStore;
import se.lagetrunt.store.EventLog;
import se.lagetrunt.store.MeetingInfo;
import se.lagetrunt.store.MeetingStore;

/**
 * Where a theme network's material can be shown: its rounds, its meetings (the leaders' and the
 * local networks') and the questions now on each meeting's board. Asked both to offer the
 * choices and to check one, so material never points outside its theme network.
 */
final class MaterialPlaces {
  private final NetworkStore networks;
  private final MeetingStore meetings;
  private final EventLog eventLog;

  MaterialPlaces(NetworkStore networks, MeetingStore meetings, EventLog eventLog) {
    this.networks = networks;
    this.meetings = meetings;
    this.eventLog = eventLog;
  }

  record Place(MeetingInfo meeting, String network, List<BoardQuestion> questions) {}

  record Places(Map<Integer, String> rounds, List<Place> meetings) {
    boolean contains(Material.Attachment attachment) {
      if (attachment.round() != null) {
        return rounds.containsKey(attachment.round());
      }
      return meetings.stream().filter(place -> place.meeting().id().equals(attachment.meetingId())).anyMatch(place ->
          attachment.questionId() == null
              || place.questions().stream().anyMatch(question -> question.id().equals(attachment.questionId())));
    }

    JsonObject toJson() {
      JsonArray roundList = new JsonArray();
      rounds.forEach((round, title) -> roundList.add(new JsonObject().put("round", round).put("title", title)));
      JsonArray meetingList = new JsonArray();
      meetings.forEach(place -> meetingList.add(new JsonObject()
          .put("id", place.meeting().id().toString())
          .put("title", place.meeting().title())
          .put("kind", place.meeting().kind())
          .put("round", place.meeting().round())
          .put("network", place.network())
          .put("questions", new JsonArray(place.questions().stream()
              .map(question -> new JsonObject().put("id", question.id()).put("text", question.text())).toList()))));
      return new JsonObject().put("rounds", roundList).put("meetings", meetingList);
    }
  }

  Future<Places> of(UUID themeId) {
    return Future.all(networks.localsOfTheme(themeId), meetings.ofTheme(themeId)).compose(both -> {
      Map<UUID, String> names = both.<List<LocalNetwork>>resultAt(0).stream()
          .collect(Collectors.toMap(LocalNetwork::id, LocalNetwork::name));
      List<MeetingInfo> list = both.resultAt(1);
      List<Future<Place>> places = list.stream().map(meeting -> eventLog.currentState(meeting.id())
          .map(state -> new Place(meeting, meeting.localNetworkId() == null ? null : names.get(meeting.localNetworkId()),
              state.board().questions()))).toList();
      return Future.all(places).map(done -> {
        Map<Integer, String> rounds = new TreeMap<>();
        list.stream().filter(meeting -> meeting.kind().equals("local"))
            .forEach(meeting -> rounds.putIfAbsent(meeting.round(), meeting.title()));
        list.forEach(meeting -> rounds.putIfAbsent(meeting.round(), null));
        return new Places(rounds, places.stream().map(Future::result).toList());
      });
    });
  }
}
