package se.lagetrunt.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a local network's plan – the stated goal of every series: a proposal the
 * municipality or region can adopt. Its priority areas hold measures (what, who is responsible,
 * when, what it needs). The group writes it as a draft, proposes it, sends it to a body, which
 * adopts it or not; months later the group follows it up, marking each measure started, done or
 * dropped. Pure.
 */
public final class LocalPlan {
  private LocalPlan() {}

  public enum Status {
    DRAFT, PROPOSED, SENT, ADOPTED, NOT_ADOPTED, FOLLOWED_UP;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Status fromWire(String value) {
      return WireNames.parse(Status.class, value);
    }

    /** While the plan is written (and can be taken back from "proposed"), its areas and measures change. */
    public boolean editable() {
      return this == DRAFT || this == PROPOSED;
    }

    /** Once a body has decided, each measure's progress is followed. */
    public boolean followsProgress() {
      return this == ADOPTED || this == NOT_ADOPTED || this == FOLLOWED_UP;
    }
  }

  /** Who carries a measure. */
  public enum Responsible {
    MUNICIPALITY, REGION, CIVIL_SOCIETY, OTHER;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Responsible fromWire(String value) {
      return WireNames.parse(Responsible.class, value);
    }
  }

  /** How far a measure has come, at the follow-up. */
  public enum Progress {
    PLANNED, STARTED, DONE, DROPPED;

    public String wireName() {
      return WireNames.of(this);
    }

    public static Progress fromWire(String value) {
      return WireNames.parse(Progress.class, value);
    }
  }

  private static final Map<Status, Set<Status>> NEXT = Map.of(
      Status.DRAFT, Set.of(Status.PROPOSED),
      Status.PROPOSED, Set.of(Status.DRAFT, Status.SENT),
      Status.SENT, Set.of(Status.ADOPTED, Status.NOT_ADOPTED),
      Status.ADOPTED, Set.of(Status.FOLLOWED_UP),
      Status.NOT_ADOPTED, Set.of(Status.FOLLOWED_UP),
      Status.FOLLOWED_UP, Set.of());

  /** Why a move is refused, or null when it may be made. */
  public static String refusal(Status from, Status to, int measures) {
    if (!NEXT.get(from).contains(to)) {
      return "A plan that is " + from.wireName() + " cannot become " + to.wireName() + ".";
    }
    if (to == Status.PROPOSED && measures == 0) {
      return "A plan is proposed with at least one measure.";
    }
    return null;
  }

  /** The statuses a plan can move to next, in the order a page offers them. */
  public static List<Status> next(Status from) {
    return List.of(Status.values()).stream().filter(NEXT.get(from)::contains).toList();
  }
}
