// A series' meetings as a form: each meeting's title, purpose and questions (one a line), and
// how many meetings there are (1 to 12, the server's limit). Used where a leader adapts a
// template before creating a series, and where the enablers write their theme's own templates.
import { t } from './i18n.js';
import { el } from './ui.js';

const MOST = 12;

export class MeetingsEditor {
  /** @param container where the form goes; @param prefix keeps its field ids apart from the page's */
  constructor(container, prefix) {
    this.container = container;
    this.prefix = prefix;
    this.meetings = [];
  }

  /** Shows these meetings ({title, purpose, questions}) to edit. */
  load(meetings) {
    this.meetings = meetings.map((m) => ({ title: m.title, purpose: m.purpose ?? '', questions: [...m.questions] }));
    this.render();
  }

  /** The meetings as the form now stands, as the server takes them. */
  value() {
    this.read();
    return this.meetings.map((m) => ({ title: m.title.trim(), purpose: m.purpose.trim(),
      questions: m.questions.map((q) => q.trim()).filter(Boolean) }));
  }

  read() {
    this.meetings.forEach((meeting, i) => {
      meeting.title = this.container.querySelector(`#${this.prefix}-title-${i}`).value;
      meeting.purpose = this.container.querySelector(`#${this.prefix}-purpose-${i}`).value;
      meeting.questions = this.container.querySelector(`#${this.prefix}-questions-${i}`).value.split('\n');
    });
  }

  render() {
    const id = (field, i) => `${this.prefix}-${field}-${i}`;
    const fields = this.meetings.map((meeting, i) => el('fieldset', { className: 'meeting-edit' },
      el('legend', {}, t('seriesEditor.meeting', { n: i + 1 })),
      el('label', { htmlFor: id('title', i) }, t('seriesEditor.title')),
      el('input', { id: id('title', i), value: meeting.title, maxLength: 200, autocomplete: 'off' }),
      el('label', { htmlFor: id('purpose', i) }, t('seriesEditor.purpose')),
      el('textarea', { id: id('purpose', i), value: meeting.purpose, maxLength: 2000, rows: 2 }),
      el('label', { htmlFor: id('questions', i) }, t('seriesEditor.questions')),
      el('textarea', { id: id('questions', i), value: meeting.questions.join('\n'), rows: 4 })));
    const add = el('button', {
      type: 'button', className: 'small secondary', disabled: this.meetings.length >= MOST,
      onclick: () => { this.read(); this.meetings.push({ title: '', purpose: '', questions: [] }); this.render(); },
    }, t('seriesEditor.add'));
    const remove = el('button', {
      type: 'button', className: 'small secondary', disabled: this.meetings.length <= 1,
      onclick: () => { this.read(); this.meetings.pop(); this.render(); },
    }, t('seriesEditor.removeLast'));
    this.container.replaceChildren(...fields, el('p', { className: 'actions' }, add, ' ', remove));
  }
}
