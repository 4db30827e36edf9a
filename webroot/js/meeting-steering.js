// What those who steer a meeting do around its live panels: the message to everyone, the
// meeting's details, its note-takers, people taking part in the room or by phone, links for
// guests, sharing a pre-meeting's questions, and who has checked their sound. Shown only to those
// whose capabilities say they steer.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, el, fillGroups, fillOptions, formatWhen, showMessage, toLocalInput } from './ui.js';

export class SteeringTools {
  /**
   * @param {object} o meetingId, view (the page's: meeting, settings, people, networkPeople,
   *   attendance), command(type, fields) → Promise, render() (the whole page), announce(text)
   */
  constructor(o) {
    this.o = o;
    this.wire();
  }

  get path() {
    return `/api/meetings/${encodeURIComponent(this.o.meetingId)}`;
  }

  /** Shows the tools this kind of meeting has, and loads what they need. */
  async show(meeting) {
    $('topic-form').hidden = false;
    $('room-view').hidden = false;
    $('room-view-link').href = `/room.html?id=${encodeURIComponent(this.o.meetingId)}`;
    $('share').hidden = meeting.kind !== 'pre';
    $('invite').hidden = meeting.kind !== 'adhoc';
    $('edit').hidden = false;
    $('note-takers').hidden = !meeting.localNetworkId;
    $('seats').hidden = false;
    this.fillEditForm(meeting);
    this.readiness();
    // The questions by mail, ahead of the meeting, where this server sends mail.
    const ahead = meeting.kind !== 'adhoc' && meeting.phase !== 'ended' && !meeting.cancelled;
    $('mail-questions-box').hidden = !ahead || !this.o.view.settings.sendsMail;
    if (meeting.localNetworkId) {
      this.o.view.networkPeople = (await api('GET', `/api/local-networks/${encodeURIComponent(meeting.localNetworkId)}`)).members;
    }
  }

  render() {
    const { view } = this.o;
    fillGroups($('invite-group'), view.settings.stakeholderGroups);
    fillGroups($('seat-group'), view.settings.stakeholderGroups);
    this.renderNoteTakers();
    this.renderSeatChoices();
  }

  /** The note-takers by name, and the participants who could become one. */
  renderNoteTakers() {
    const { meeting, networkPeople, settings } = this.o.view;
    if (!meeting || $('note-takers').hidden) return;
    const nameOf = (id) => networkPeople.find((p) => p.id === id)?.name ?? id;
    const list = $('note-taker-list');
    if (meeting.noteTakers.length === 0) {
      list.replaceChildren(el('li', {}, t('noNoteTakers')));
    } else {
      list.replaceChildren(...meeting.noteTakers.map((id) => el('li', {},
        el('span', { className: 'name' }, nameOf(id)),
        el('span', { className: 'actions' }, el('button', {
          type: 'button', className: 'small danger', 'aria-label': `${t('remove')}: ${nameOf(id)}`,
          onclick: () => this.changeNoteTaker('DELETE', id),
        }, t('remove'))))));
    }
    const candidates = networkPeople.filter((p) => p.role === 'participant' && !meeting.noteTakers.includes(p.id));
    fillOptions($('note-taker-choice'), candidates.map((p) => [p.id, p.name]));
    $('note-taker-form').hidden = candidates.length === 0 || meeting.noteTakers.length >= settings.maxNoteTakers;
  }

  async changeNoteTaker(method, personId) {
    try {
      await api(method, `${this.path}/note-takers/${encodeURIComponent(personId)}`);
      this.o.view.meeting = await api('GET', this.path);
      this.o.render();
    } catch (error) {
      showMessage(describeError(error));
    }
  }

  /** Who can be counted in the room or on the phone: a network member not here already, or a guest. */
  renderSeatChoices() {
    if ($('seats').hidden) return;
    const { view } = this.o;
    const who = $('seat-who');
    const chosen = who.value;
    const seated = new Set([...view.attendance.seats.values()].map((s) => s.personId).filter(Boolean));
    const online = new Set(view.people.map((p) => p.id));
    const candidates = view.networkPeople.filter((p) => !seated.has(p.id) && !online.has(p.id));
    who.replaceChildren(el('option', { value: '' }, t('guest')),
      ...candidates.map((p) => el('option', { value: p.id }, p.name)));
    who.value = candidates.some((p) => p.id === chosen) ? chosen : '';
    $('seat-name').closest('.stack').querySelector('label[for=seat-name]').hidden = who.value !== '';
    $('seat-name').hidden = who.value !== '';
    fillOptions($('seat-via'), ['room', 'phone'].map((v) => [v, t(`via.${v}`)]));
  }

  fillEditForm(meeting) {
    $('edit-title').value = meeting.title;
    $('edit-when').value = toLocalInput(meeting.startsAt);
    const mode = $('edit-mode');
    mode.replaceChildren(...this.o.view.settings.meetingModes.map((m) => el('option', { value: m }, t(`mode.${m}`))));
    mode.value = meeting.mode;
    $('edit-purpose').value = meeting.purpose;
    $('edit-call-link').value = meeting.callLink ?? '';
    $('edit-built-in-voice').checked = meeting.builtInVoice;
    $('edit-whole-series-row').hidden = !meeting.seriesId;
    $('cancel-form').hidden = Boolean(meeting.cancelled);
    $('reinstate').hidden = !meeting.cancelled;
  }

  /** Who has checked their sound and connection before the meeting, and who could not. */
  readiness() {
    api('GET', `${this.path}/voice-readiness`).then((people) => {
      $('voice-readiness').hidden = false;
      $('readiness-list').replaceChildren(...people.map((p) => el('li', { dataset: { status: p.status, person: p.personId } },
        el('span', { className: 'name' }, p.name), ` – ${t(`readiness.${p.status}`)}`,
        p.checkedAt ? el('span', { className: 'details' }, ` (${t('readinessChecked', { when: formatWhen(p.checkedAt) })})`) : null)));
    }).catch((error) => showMessage(describeError(error)));
  }

  wire() {
    const { view, announce } = this.o;
    const fail = (error) => showMessage(describeError(error));
    $('readiness-refresh').addEventListener('click', () => this.readiness());

    $('topic-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = $('topic-input');
      const text = input.value;
      input.value = '';
      this.o.command('setTopic', { text }).catch((error) => {
        input.value = text;
        fail(error);
      });
    });

    $('share-questions').addEventListener('click', async () => {
      try {
        const details = {};
        if ($('share-title').value.trim()) details.title = $('share-title').value.trim();
        if ($('share-purpose').value.trim()) details.purpose = $('share-purpose').value.trim();
        const shared = await api('POST', `${this.path}/share-questions`, details);
        const text = t('sharedWith', { n: shared.meetings, changed: shared.changed });
        showMessage(shared.failed > 0 ? t('shareFailed', { n: shared.failed }) : '');
        announce(text);
        $('share-result').textContent = text;
      } catch (error) {
        fail(error);
      }
    });

    $('mail-questions').addEventListener('click', async () => {
      try {
        const sent = await api('POST', `${this.path}/questions/mail`);
        const text = sent.sentBefore ? t('mailQuestionsAlready')
          : sent.mailed > 0 ? t('mailQuestionsSent', { count: sent.mailed }) : t('mailQuestionsNobody');
        $('mail-questions-result').textContent = text;
      } catch (error) {
        fail(error);
      }
    });

    $('seat-who').addEventListener('change', () => {
      const member = view.networkPeople.find((p) => p.id === $('seat-who').value);
      if (member) $('seat-group').value = member.group;
      this.renderSeatChoices();
    });

    $('seat-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const member = view.networkPeople.find((p) => p.id === $('seat-who').value);
      const name = member ? member.name : $('seat-name').value.trim();
      if (!name) return;
      this.o.command('addSeat', {
        name, group: $('seat-group').value, via: $('seat-via').value, personId: member ? member.id : null,
      }).then(() => { $('seat-name').value = ''; }).catch(fail);
    });

    $('note-taker-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.changeNoteTaker('PUT', $('note-taker-choice').value);
    });

    $('edit-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const when = $('edit-when').value;
      const body = {
        title: $('edit-title').value.trim(),
        mode: $('edit-mode').value,
        purpose: $('edit-purpose').value,
        callLink: $('edit-call-link').value.trim(),
        builtInVoice: $('edit-built-in-voice').checked,
        wholeSeries: Boolean(view.meeting.seriesId) && $('edit-whole-series').checked,
      };
      if (when) body.startsAt = new Date(when).toISOString();
      try {
        view.meeting = await api('PATCH', this.path, body);
        this.o.render();
        announce(t('savedMeeting'));
      } catch (error) {
        fail(error);
      }
    });

    // Calling the meeting off keeps it, with why; it can be taken back.
    const cancelled = async (method, body) => {
      try {
        view.meeting = { ...view.meeting, ...(await api(method, `${this.path}/cancel`, body)) };
        this.fillEditForm(view.meeting);
        this.o.render();
        announce(t(view.meeting.cancelled ? 'meetingCancelledNow' : 'meetingReinstated'));
      } catch (error) {
        fail(error);
      }
    };
    $('cancel-form').addEventListener('submit', (e) => {
      e.preventDefault();
      if (window.confirm(t('confirmCancelMeeting'))) cancelled('POST', { reason: $('cancel-reason').value.trim() });
    });
    $('reinstate').addEventListener('click', () => cancelled('DELETE'));

    $('invite-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const name = $('invite-name').value.trim();
      try {
        const invited = await api('POST', `${this.path}/invitations`, { name, group: $('invite-group').value });
        $('invite-for').textContent = t('linkFor', { name: invited.person.name });
        $('invite-link').value = invited.link;
        $('invite-result').hidden = false;
        $('invite-name').value = '';
        $('invite-link').select();
      } catch (error) {
        fail(error);
      }
    });

    $('copy-link').addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText($('invite-link').value);
      } catch {
        $('invite-link').select();
        document.execCommand('copy');
      }
      announce(t('copied'));
    });
  }
}
