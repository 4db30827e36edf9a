// A small mirror of the server's question board, moved on by board events exactly as the server's
// Boards.apply does. Shared by the meeting page and the room view.

export const EMPTY_BOARD = { questions: [], proposals: [], background: [] };

const fresh = (id, text, origin) => ({ id, text, status: 'upcoming', origin, interpretation: '', notRelevantReason: null });

function insert(list, index, items) {
  list.splice(Math.max(0, Math.min(index, list.length)), 0, ...items);
}

/** Applies one event to the board in place; returns false for events that are not about the board. */
export function applyBoardEvent(board, e) {
  const question = (id) => board.questions.find((q) => q.id === e.questionId || q.id === id);
  const proposal = (id) => board.proposals.find((p) => p.id === id);
  switch (e.type) {
    case 'questionsPlanned':
      insert(board.questions, e.atIndex, e.questions.map((q) => fresh(q.id, q.text, 'planned')));
      return true;
    case 'questionAdded':
      board.questions.push(fresh(e.questionId, e.text, e.origin));
      return true;
    case 'questionEdited':
      question().text = e.text;
      return true;
    case 'questionRemoved':
      board.questions = board.questions.filter((q) => q.id !== e.questionId);
      return true;
    case 'questionMoved': {
      const moved = question();
      board.questions = board.questions.filter((q) => q !== moved);
      insert(board.questions, e.toIndex, [moved]);
      return true;
    }
    case 'questionStatusChanged':
      Object.assign(question(), { status: e.status, notRelevantReason: e.reason ?? null });
      return true;
    case 'interpretationSet':
      question().interpretation = e.text;
      return true;
    case 'questionProposed':
      board.proposals.push({ id: e.proposalId, text: e.text, by: e.by, byName: e.byName, supporters: [], status: 'open', outcome: null });
      return true;
    case 'proposalSupported': {
      const p = proposal(e.proposalId);
      if (!p.supporters.includes(e.by)) p.supporters.push(e.by);
      return true;
    }
    case 'supportWithdrawn': {
      const p = proposal(e.proposalId);
      p.supporters = p.supporters.filter((s) => s !== e.by);
      return true;
    }
    case 'proposalClosed': {
      const p = proposal(e.proposalId);
      Object.assign(p, { status: e.status, outcome: e.outcome });
      if (e.status === 'merged') {
        const into = proposal(e.outcome);
        for (const who of [p.by, ...p.supporters]) if (!into.supporters.includes(who)) into.supporters.push(who);
      }
      return true;
    }
    case 'backgroundAdded':
      board.background.push(e.item);
      return true;
    case 'backgroundRemoved':
      board.background = board.background.filter((b) => b.id !== e.backgroundId);
      return true;
    default:
      return false;
  }
}

export function currentQuestion(board) {
  return board.questions.find((q) => q.status === 'current') ?? null;
}

/** Only web addresses become links; the server refuses anything else, and this keeps it so. */
export function safeUrl(url) {
  return /^https?:\/\//i.test(url ?? '') ? url : null;
}
