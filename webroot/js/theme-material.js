// The theme page's material library, for its enablers (the researcher above all): files and
// links with a plain note, where each is shown (a round, a meeting, a question), and the entries
// a series template named that still wait for their file.
import { t, describeError } from './i18n.js';
import { api, settings } from './session.js';
import { $, el, showMessage } from './ui.js';
import { fileDetails, materialOpener } from './material.js';

/** What the file picker offers; the server decides by content all the same. */
const ACCEPT = '.pdf,.doc,.docx,.ppt,.pptx,.xls,.xlsx,.odt,.odp,.ods,.png,.jpg,.jpeg,.gif,.webp';

export class MaterialLibrary {
  constructor(themeId) {
    this.themeId = themeId;
    this.items = [];
    this.places = { rounds: [], meetings: [] };
    this.wire();
  }

  async load() {
    const library = await api('GET', `/api/theme-networks/${encodeURIComponent(this.themeId)}/material`);
    this.items = library.items;
    this.places = library.places;
    this.render();
  }

  /** A place as people say it: "Omgång 2 (Möte 2 – Det som fungerar i dag)", a meeting, or a question in one. */
  placeName(place) {
    if (place.round != null) {
      const round = this.places.rounds.find((r) => r.round === place.round);
      return t('material.wholeRound', { round: place.round, title: round?.title ?? '' });
    }
    const meeting = this.places.meetings.find((m) => m.id === place.meetingId);
    if (!meeting) return t('material.unknownPlace');
    const where = this.meetingName(meeting);
    if (!place.questionId) return where;
    const question = meeting.questions.find((q) => q.id === place.questionId);
    return t('material.questionIn', { question: question?.text ?? '…', meeting: where });
  }

  meetingName(meeting) {
    return meeting.network ? `${meeting.title} · ${meeting.network}` : meeting.title;
  }

  /** Every place an entry can be shown, grouped: the rounds, then each meeting with its questions. */
  placeOptions(select) {
    const option = (place, label) => el('option', { value: JSON.stringify(place) }, label);
    const short = (text) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);
    select.replaceChildren(
      el('optgroup', { label: t('material.rounds') }, this.places.rounds.map((r) =>
        option({ round: r.round }, t('material.wholeRound', { round: r.round, title: r.title ?? '' })))),
      ...this.places.meetings.map((meeting) => el('optgroup', { label: this.meetingName(meeting) },
        option({ meetingId: meeting.id }, t('material.wholeMeeting')),
        meeting.questions.map((q) => option({ meetingId: meeting.id, questionId: q.id }, t('material.question', { question: short(q.text) }))))));
  }

  render() {
    $('no-material').hidden = this.items.length > 0;
    $('material-list').replaceChildren(...this.items.map((item) => this.card(item)));
  }

  card(item) {
    const id = item.id;
    const kind = item.kind === 'waiting' ? el('span', { className: 'details waiting' }, t('material.waiting'))
      : el('span', { className: 'details' }, item.kind === 'link' ? item.url : `${item.fileName} · ${fileDetails(item)}`);
    const places = el('ul', { className: 'places' }, item.attachments.map((place, index) => el('li', {},
      this.placeName(place), ' ',
      el('button', {
        type: 'button', className: 'small secondary', 'aria-label': t('material.stopShowing', { place: this.placeName(place), title: item.title }),
        onclick: () => this.setPlaces(item, item.attachments.filter((_, i) => i !== index)),
      }, t('remove')))));
    const select = el('select', { id: `place-${id}` });
    this.placeOptions(select);
    const placeForm = el('form', { className: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      this.setPlaces(item, [...item.attachments, JSON.parse(select.value)]);
    } }, el('label', { htmlFor: `place-${id}` }, t('material.showFor')), select,
    el('button', { type: 'submit', className: 'small' }, t('material.show')));
    // The picker itself stays out of sight; a button of the usual kind opens it.
    const fileInput = el('input', { type: 'file', id: `file-${id}`, hidden: true, accept: ACCEPT,
      onchange: () => this.upload('PUT', `/api/material/${encodeURIComponent(id)}/file`, fileInput.files[0], {}) });
    const fileLabel = t(item.kind === 'waiting' ? 'material.uploadWaiting' : 'material.replaceFile');
    const fileButton = item.kind === 'link' ? null : el('button', { type: 'button', className: item.kind === 'waiting' ? 'small' : 'small secondary',
      'aria-label': `${fileLabel}: ${item.title}`, onclick: () => fileInput.click() }, fileLabel);
    return el('li', { className: 'material-card', id: `material-${id}` },
      el('h3', {}, item.kind === 'waiting' ? item.title : materialOpener(item)),
      kind,
      item.note ? el('p', {}, item.note) : null,
      el('p', { className: 'details' }, item.attachments.length ? t('material.shownFor') : t('material.shownNowhere')),
      places,
      placeForm,
      el('div', { className: 'actions-row' }, fileInput, fileButton, this.editor(item),
        el('button', { type: 'button', className: 'small danger', 'aria-label': `${t('remove')}: ${item.title}`,
          onclick: () => this.remove(item) }, t('remove'))));
  }

  /** Title, note and (for a link) address, in a fold that opens in place. */
  editor(item) {
    const field = (name, label, input) => [el('label', { htmlFor: `${name}-${item.id}` }, label), input];
    const title = el('input', { id: `title-${item.id}`, value: item.title, maxLength: 200, required: true, autocomplete: 'off' });
    const note = el('textarea', { id: `note-${item.id}`, rows: 2, maxLength: 1000 });
    note.value = item.note;
    const url = item.kind === 'file' ? null : el('input', { id: `url-${item.id}`, type: 'url', value: item.url ?? '', maxLength: 2000 });
    return el('details', { className: 'edit-material' }, el('summary', {}, t('edit')),
      el('form', { className: 'stack', onsubmit: async (e) => {
        e.preventDefault();
        const body = { title: title.value.trim(), note: note.value };
        if (url && url.value.trim()) body.url = url.value.trim();
        await this.change(() => api('PUT', `/api/material/${encodeURIComponent(item.id)}`, body), t('material.saved'));
      } },
      field('title', t('material.titleLabel'), title), field('note', t('material.noteLabel'), note),
      url ? field('url', t('material.urlLabel'), url) : null,
      el('button', { type: 'submit', className: 'small' }, t('save'))));
  }

  async setPlaces(item, attachments) {
    await this.change(() => api('PUT', `/api/material/${encodeURIComponent(item.id)}/attachments`, { attachments }), t('material.placesSaved'));
  }

  async remove(item) {
    if (!window.confirm(t('material.confirmRemove', { title: item.title }))) return;
    await this.change(() => api('DELETE', `/api/material/${encodeURIComponent(item.id)}`), t('material.removed'));
  }

  /** Sends a file, after checking its size here so nobody waits minutes for a refusal; true once it is saved. */
  async upload(method, path, file, fields) {
    if (!file) return false;
    const { maxFileBytes } = await settings();
    if (file.size > maxFileBytes) {
      showMessage(t('material.tooLarge', { mb: Math.floor(maxFileBytes / (1024 * 1024)) }));
      return false;
    }
    const form = new FormData();
    Object.entries(fields).forEach(([name, value]) => form.append(name, value));
    form.append('file', file);
    $('material-progress').textContent = t('material.uploading', { name: file.name });
    const saved = await this.change(() => api(method, path, form), t('material.uploaded', { name: file.name }));
    $('material-progress').textContent = '';
    return saved;
  }

  async change(call, done) {
    try {
      await call();
      await this.load();
      showMessage(done, { ok: true });
      return true;
    } catch (error) {
      showMessage(describeError(error));
      return false;
    }
  }

  wire() {
    $('material-file-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const fields = { title: $('material-file-title').value.trim(), note: $('material-file-note').value };
      if (await this.upload('POST', `/api/theme-networks/${encodeURIComponent(this.themeId)}/material/files`, $('material-file').files[0], fields)) {
        e.target.reset();
      }
    });
    $('material-link-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = { title: $('material-link-title').value.trim(), url: $('material-link-url').value.trim(), note: $('material-link-note').value };
      if (await this.change(() => api('POST', `/api/theme-networks/${encodeURIComponent(this.themeId)}/material`, body), t('material.linkAdded'))) {
        e.target.reset();
      }
    });
  }
}
