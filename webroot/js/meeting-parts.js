// The live meeting on a narrow screen (a phone, a small tablet, a zoomed-in laptop): what matters
// now – the question, the turn, your own controls – stays in a bar at the bottom, and the rest is
// in four parts shown one at a time as tabs: Frågan · Rundan · Anteckningar · Deltagare. On a wide
// screen every part is shown (the round beside the rest, where the leader steers) and there are
// no tabs. The parts are plain sections; only this module knows they can be tabs.
import { $ } from './ui.js';

/** The same width as the layout's media query in app.css. */
const NARROW = window.matchMedia('(max-width: 59.99rem)');
const REMEMBERED = 'laget-runt.meetingPart';

export class MeetingParts {
  constructor() {
    this.nav = $('parts');
    this.tabs = [...this.nav.querySelectorAll('.part-tab')];
    this.parts = new Map(this.tabs.map((tab) => [tab.dataset.part, document.querySelector(`.part[data-part="${tab.dataset.part}"]`)]));
    const remembered = sessionStorage.getItem(REMEMBERED);
    this.current = this.parts.has(remembered) ? remembered : 'question';
    this.tabs.forEach((tab, i) => {
      tab.id = `part-tab-${tab.dataset.part}`;
      tab.addEventListener('click', () => this.show(tab.dataset.part));
      tab.addEventListener('keydown', (e) => {
        const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: this.tabs.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        const next = this.tabs[(to + this.tabs.length) % this.tabs.length];
        this.show(next.dataset.part);
        next.focus();
      });
    });
    NARROW.addEventListener('change', () => this.apply());
    this.apply();
  }

  /** Shows one part (on a narrow screen; on a wide one all are shown anyway) and remembers it for this tab. */
  show(part) {
    if (!this.parts.has(part)) return;
    this.current = part;
    sessionStorage.setItem(REMEMBERED, part);
    this.apply();
    if (NARROW.matches) this.nav.scrollIntoView({ block: 'start' });
  }

  apply() {
    const narrow = NARROW.matches;
    this.nav.hidden = !narrow;
    this.nav.toggleAttribute('role', false);
    if (narrow) this.nav.setAttribute('role', 'tablist');
    for (const tab of this.tabs) {
      const part = this.parts.get(tab.dataset.part);
      const selected = tab.dataset.part === this.current;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(selected));
      tab.setAttribute('aria-controls', part.id);
      tab.tabIndex = selected ? 0 : -1;
      part.classList.toggle('inactive', narrow && !selected);
      if (narrow) {
        part.dataset.ownLabel ??= part.getAttribute('aria-labelledby') ?? '';
        part.setAttribute('role', 'tabpanel');
        part.setAttribute('aria-labelledby', tab.id);
      } else if (part.dataset.ownLabel !== undefined) {
        part.removeAttribute('role');
        if (part.dataset.ownLabel) part.setAttribute('aria-labelledby', part.dataset.ownLabel);
        else part.removeAttribute('aria-labelledby');
        delete part.dataset.ownLabel;
      }
    }
  }
}
