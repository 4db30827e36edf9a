package se.lagetrunt.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lagetrunt.domain.LocalPlan.Status;

/** A plan's way: written, proposed (and taken back), sent, decided, followed up – and nothing else. */
class LocalPlanTest {
  @Test
  void everyStatusMovesOnlyToItsNext() {
    assertEquals(List.of(Status.PROPOSED), LocalPlan.next(Status.DRAFT));
    assertEquals(List.of(Status.DRAFT, Status.SENT), LocalPlan.next(Status.PROPOSED));
    assertEquals(List.of(Status.ADOPTED, Status.NOT_ADOPTED), LocalPlan.next(Status.SENT));
    assertEquals(List.of(Status.FOLLOWED_UP), LocalPlan.next(Status.NOT_ADOPTED));
    assertEquals(List.of(), LocalPlan.next(Status.FOLLOWED_UP));
    assertNotNull(LocalPlan.refusal(Status.DRAFT, Status.SENT, 3), "not sent before it is proposed");
    assertNotNull(LocalPlan.refusal(Status.ADOPTED, Status.DRAFT, 3), "a decided plan is not rewritten");
    assertNull(LocalPlan.refusal(Status.SENT, Status.NOT_ADOPTED, 3));
  }

  @Test
  void aPlanIsProposedWithAMeasureAndRewrittenOnlyBeforeItIsSent() {
    assertNotNull(LocalPlan.refusal(Status.DRAFT, Status.PROPOSED, 0));
    assertNull(LocalPlan.refusal(Status.DRAFT, Status.PROPOSED, 1));
    assertEquals(List.of(Status.DRAFT, Status.PROPOSED),
        List.of(Status.values()).stream().filter(Status::editable).toList());
    assertEquals(List.of(Status.ADOPTED, Status.NOT_ADOPTED, Status.FOLLOWED_UP),
        List.of(Status.values()).stream().filter(Status::followsProgress).toList());
  }
}
