package se.lagetrunt.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lagetrunt.domain.BoardEvent;

/** A meeting's planned questions as the event that puts them on its board. */
final class BoardPlan {
  private BoardPlan() {}

  static BoardEvent.QuestionsPlanned of(List<String> questions) {
    List<BoardEvent.Planned> planned = new ArrayList<>(questions.size());
    questions.forEach(text -> planned.add(new BoardEvent.Planned(UUID.randomUUID().toString(), text)));
    return new BoardEvent.QuestionsPlanned(planned, 0);
  }
}
