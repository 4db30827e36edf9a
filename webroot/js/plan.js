// A local network's plan: its priority areas and their measures (what, who is responsible, when,
// what it needs), written by the leaders, read by everyone in the network, moved from draft to a
// decision and a follow-up. Every change names the version it was made on; if someone else
// changed the same thing first, what this person typed stays in the form beside the other text.
import { t, translatePage, setUpLanguageSwitch, describeError } from './i18n.js';
import { api, download } from './session.js';
import { $, el, formatWhen, showMessage } from './ui.js';

const planId = new URLSearchParams(window.location.search).get('id');
const base = `/api/plans/${encodeURIComponent(planId)}`;
const RESPONSIBLE = ['municipality', 'region', 'civil-society', 'other'];
const PROGRESS = ['planned', 'started', 'done', 'dropped'];
/**
 * Others' changes show up within seconds – the plan is written together in a meeting – but never
 * under someone's hands: the page asks whether anything changed since the revision it has.
 */
const REFRESH_MS = 3000;

let plan = null;
let network = null;
/** A measure's form kept open with what was typed, after someone else changed the measure first. */
let kept = null;
/** A newer plan that arrived while someone was typing: drawn once they are done. */
let waiting = false;

function render() {
  document.title = `${plan.title} – Laget Runt`;
  $('title').textContent = plan.title;
  $('network-line').textContent = network ? t('plan.networkLine', { network: network.name, theme: network.themeName }) : '';
  $('back').href = `/network.html?id=${encodeURIComponent(plan.localNetworkId)}`;
  $('plan-status').textContent = `${t('plan.statusLabel')}: ${t(`plan.status.${plan.status}`)}${statusDetails()}`;
  renderStatusActions();
  $('suggested-box').hidden = plan.suggestedAreas.length === 0;
  $('suggested').replaceChildren(...plan.suggestedAreas.map((title) => el('li', {}, el('span', {}, title), ' ',
    el('button', { type: 'button', className: 'small', 'aria-label': t('plan.takeIn', { title }),
      onclick: () => change(() => api('POST', `${base}/areas`, { title }), t('plan.areaAdded')) }, t('plan.takeInShort')))));
  $('no-areas').hidden = plan.areas.length > 0;
  $('areas').replaceChildren(...plan.areas.map((area, i) => areaSection(area, i + 1)));
  $('area-form').hidden = !plan.mayEdit;
  renderComments();
  // Once sent for decision, the group meets again months later to follow the plan up.
  $('follow-up-box').hidden = plan.status === 'draft' || plan.status === 'proposed' || (!plan.followUpMeetingId && !plan.mayWrite);
  $('follow-up-meeting').hidden = !plan.followUpMeetingId;
  if (plan.followUpMeetingId) $('follow-up-anchor').href = `/meeting.html?id=${encodeURIComponent(plan.followUpMeetingId)}`;
  $('follow-up-form').hidden = !plan.mayWrite || Boolean(plan.followUpMeetingId);
  if (kept) reopen();
}

/** The group's review of a proposed plan: comments on the whole plan or an area, dealt with by those who write it. */
function renderComments() {
  $('comments-box').hidden = !plan.mayComment && plan.comments.length === 0;
  $('comments-help').hidden = !plan.mayComment;
  $('comment-form').hidden = !plan.mayComment;
  const areaName = (id) => plan.areas.find((a) => a.id === id)?.title ?? t('plan.wholePlan');
  const chosen = $('comment-area').value;
  $('comment-area').replaceChildren(el('option', { value: '' }, t('plan.wholePlan')),
    ...plan.areas.map((area) => el('option', { value: area.id }, area.title)));
  if ([...$('comment-area').options].some((o) => o.value === chosen)) $('comment-area').value = chosen;
  $('comment-list').replaceChildren(...plan.comments.map((c) => el('li', {},
    el('span', { className: 'details' }, `${areaName(c.areaId)} · ${c.by} · ${formatWhen(c.at)}`),
    el('p', {}, c.text),
    c.resolvedAt ? el('span', { className: 'details' }, t('check.resolvedBy', { name: c.resolvedBy }))
      : plan.mayWrite ? el('button', { type: 'button', className: 'small secondary',
        'aria-label': t('check.resolveComment', { by: c.by, section: areaName(c.areaId) }),
        onclick: () => change(() => api('POST', `/api/plan-comments/${encodeURIComponent(c.id)}/resolve`, {}), t('check.resolved')) },
      t('check.resolve')) : null)));
}

function statusDetails() {
  const parts = [];
  if (plan.sentTo) parts.push(t('plan.sentToOn', { body: plan.sentTo, date: plan.sentOn }));
  if (plan.decidedOn) parts.push(t('plan.decidedOn', { date: plan.decidedOn, ref: plan.decisionRef ? ` (${plan.decisionRef})` : '' }));
  if (plan.followedUpOn) parts.push(t('plan.followedUpOn', { date: plan.followedUpOn }));
  return parts.length ? ` – ${parts.join('; ')}` : '';
}

/** The moves the plan can make from here, each with the little it needs to know. */
function renderStatusActions() {
  $('status-box').hidden = plan.next.length === 0;
  const actions = [];
  const move = (status, fields = {}) => change(() => api('POST', `${base}/status`, { status, ...fields }), t(`plan.moved.${status}`));
  for (const next of plan.next) {
    if (next === 'sent') {
      const body = el('input', { id: 'sent-to', required: true, maxLength: 300, autocomplete: 'off' });
      const date = el('input', { id: 'sent-on', type: 'date', required: true });
      actions.push(el('form', { className: 'stack', onsubmit: (e) => { e.preventDefault(); move('sent', { sentTo: body.value.trim(), sentOn: date.value }); } },
        el('label', { htmlFor: 'sent-to' }, t('plan.sentTo')), body, el('label', { htmlFor: 'sent-on' }, t('plan.sentOn')), date,
        el('button', { type: 'submit' }, t('plan.markSent'))));
    } else if (next === 'adopted') {
      const date = el('input', { id: 'decided-on', type: 'date', required: true });
      const ref = el('input', { id: 'decision-ref', maxLength: 300, autocomplete: 'off' });
      const decide = (status) => (e) => {
        e.preventDefault();
        if (!date.reportValidity()) return;
        move(status, { decidedOn: date.value, decisionRef: ref.value.trim() });
      };
      actions.push(el('form', { className: 'stack' },
        el('label', { htmlFor: 'decided-on' }, t('plan.decidedOnLabel')), date,
        el('label', { htmlFor: 'decision-ref' }, t('plan.decisionRef')), ref,
        el('div', { className: 'actions-row' },
          el('button', { type: 'button', onclick: decide('adopted') }, t('plan.markAdopted')),
          el('button', { type: 'button', className: 'secondary', onclick: decide('not-adopted') }, t('plan.markNotAdopted')))));
    } else if (next !== 'not-adopted') {
      actions.push(el('button', { type: 'button', className: next === 'draft' ? 'secondary' : '', onclick: () => move(next) },
        t(`plan.moveTo.${next}`)));
    }
  }
  $('status-actions').replaceChildren(...actions);
}

function areaSection(area, number) {
  const section = el('section', { className: 'plan-area', id: `area-${area.id}`, 'aria-labelledby': `area-title-${area.id}` },
    el('h3', { id: `area-title-${area.id}` }, `${number}. ${area.title}`));
  if (plan.mayEdit) {
    const title = el('input', { id: `rename-${area.id}`, value: area.title, maxLength: 300, required: true, autocomplete: 'off' });
    section.append(el('details', { className: 'plan-edit' }, el('summary', {}, t('plan.renameArea')),
      el('form', { className: 'inline-form', onsubmit: (e) => {
        e.preventDefault();
        change(() => api('PUT', `/api/plan-areas/${encodeURIComponent(area.id)}`, { title: title.value.trim(), version: area.version }), t('plan.saved'));
      } }, el('label', { htmlFor: `rename-${area.id}` }, t('plan.areaTitle')), title, el('button', { type: 'submit', className: 'small' }, t('save')),
      el('button', { type: 'button', className: 'small danger', onclick: () => {
        if (window.confirm(t('plan.confirmRemoveArea', { title: area.title }))) {
          change(() => api('DELETE', `/api/plan-areas/${encodeURIComponent(area.id)}`), t('plan.removed'));
        }
      } }, t('plan.removeArea')))));
  }
  section.append(area.measures.length
    ? el('ol', { className: 'plan-measures' }, area.measures.map((measure) => measureItem(measure)))
    : el('p', { className: 'note' }, t('plan.noMeasures')));
  if (plan.mayEdit) {
    section.append(el('details', { className: 'plan-edit', id: `new-measure-${area.id}` }, el('summary', {}, t('plan.addMeasure')),
      measureForm(`new-${area.id}`, null, (fields) => change(() =>
        api('POST', `/api/plan-areas/${encodeURIComponent(area.id)}/measures`, fields), t('plan.measureAdded')))));
  }
  return section;
}

function measureItem(measure) {
  const who = [...measure.responsible.map((r) => t(`plan.responsible.${r}`)), measure.responsibleNote].filter(Boolean).join(', ');
  const item = el('li', { className: 'plan-measure', id: `measure-${measure.id}` },
    el('p', { className: 'plan-what' }, measure.what),
    el('p', { className: 'details' }, `${t('plan.who')}: ${who || t('plan.notDecided')} · ${t('plan.when')}: ${measure.due || t('plan.notDecided')}`),
    measure.needs ? el('p', { className: 'details' }, `${t('plan.needs')}: ${measure.needs}`) : null);
  if (plan.status === 'adopted' || plan.status === 'not-adopted' || plan.status === 'followed-up') {
    if (plan.mayFollowUp) {
      const select = el('select', { id: `progress-${measure.id}`,
        onchange: () => change(() => api('PUT', `/api/plan-measures/${encodeURIComponent(measure.id)}/progress`, { progress: select.value }), t('plan.saved')) },
      PROGRESS.map((p) => el('option', { value: p, selected: p === measure.progress }, t(`plan.progress.${p}`))));
      item.append(el('p', { className: 'inline-form' }, el('label', { htmlFor: `progress-${measure.id}` }, t('plan.progressLabel')), select));
    } else {
      item.append(el('p', { className: 'details' }, `${t('plan.progressLabel')}: ${t(`plan.progress.${measure.progress}`)}`));
    }
  }
  if (plan.mayEdit) {
    item.append(el('details', { className: 'plan-edit', id: `edit-${measure.id}` }, el('summary', {}, t('plan.editMeasure')),
      measureForm(measure.id, measure, (fields) => saveMeasure(measure, fields)),
      el('button', { type: 'button', className: 'small danger', onclick: () => {
        if (window.confirm(t('plan.confirmRemoveMeasure'))) change(() => api('DELETE', `/api/plan-measures/${encodeURIComponent(measure.id)}`), t('plan.removed'));
      } }, t('plan.removeMeasure'))));
  }
  return item;
}

/** The fields of a measure; {@code onSave} gets what was typed. */
function measureForm(key, measure, onSave) {
  const what = el('textarea', { id: `what-${key}`, rows: 3, maxLength: 2000, required: true });
  what.value = measure?.what ?? '';
  const boxes = RESPONSIBLE.map((r) => el('label', { className: 'check' },
    el('input', { type: 'checkbox', value: r, checked: measure?.responsible.includes(r) ?? false }), ` ${t(`plan.responsible.${r}`)}`));
  const note = el('input', { id: `who-${key}`, maxLength: 300, value: measure?.responsibleNote ?? '', autocomplete: 'off' });
  const due = el('input', { id: `due-${key}`, maxLength: 100, value: measure?.due ?? '', autocomplete: 'off' });
  const needs = el('textarea', { id: `needs-${key}`, rows: 2, maxLength: 1000 });
  needs.value = measure?.needs ?? '';
  return el('form', { className: 'stack', dataset: { key }, onsubmit: (e) => {
    e.preventDefault();
    onSave({
      what: what.value.trim(),
      responsible: boxes.map((b) => b.firstChild).filter((b) => b.checked).map((b) => b.value),
      responsibleNote: note.value.trim(),
      due: due.value.trim(),
      needs: needs.value.trim(),
    });
  } },
  el('label', { htmlFor: `what-${key}` }, t('plan.what')), what,
  el('fieldset', {}, el('legend', {}, t('plan.who')), ...boxes),
  el('label', { htmlFor: `who-${key}` }, t('plan.whoNote')), note,
  el('label', { htmlFor: `due-${key}` }, t('plan.when')), due,
  el('label', { htmlFor: `needs-${key}` }, t('plan.needs')), needs,
  el('button', { type: 'submit', className: 'small' }, t('save')));
}

async function saveMeasure(measure, fields) {
  try {
    plan = await api('PUT', `/api/plan-measures/${encodeURIComponent(measure.id)}`, { ...fields, version: measure.version });
    render();
    showMessage(t('plan.saved'), { ok: true });
  } catch (error) {
    if (error.code !== 'version_conflict') {
      showMessage(describeError(error));
      return;
    }
    // Someone else saved first: their version is shown, and this person's text waits in the open form.
    kept = { id: measure.id, fields };
    await reload();
    showMessage(t('plan.theyChangedIt'));
  }
}

/** Opens the kept measure's form again with what was typed, on the newest version. */
function reopen() {
  const details = $(`edit-${kept.id}`);
  if (!details) {
    kept = null;
    return;
  }
  details.open = true;
  const { fields } = kept;
  $(`what-${kept.id}`).value = fields.what;
  $(`who-${kept.id}`).value = fields.responsibleNote;
  $(`due-${kept.id}`).value = fields.due;
  $(`needs-${kept.id}`).value = fields.needs;
  details.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = fields.responsible.includes(box.value); });
  $(`what-${kept.id}`).focus();
  kept = null;
}

async function change(call, done) {
  try {
    plan = await call();
    render();
    if (done) showMessage(done, { ok: true });
    return true;
  } catch (error) {
    showMessage(describeError(error));
    if (error.status === 404 || error.code === 'plan_locked' || error.code === 'plan_status') await reload();
    return false;
  }
}

async function reload() {
  plan = await api('GET', base);
  render();
}

async function refresh() {
  const latest = await api('GET', `${base}?known=${plan.revision}`);
  if (latest.id) {
    plan = latest;
    waiting = true;
  }
  if (waiting && !busy()) {
    waiting = false;
    render();
    $('announcer').textContent = t('plan.updated');
  }
}

/** Someone typing or with a form open is never re-rendered under their hands. */
function busy() {
  return document.querySelector('main details[open]') || ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
}

async function load() {
  translatePage();
  try {
    plan = await api('GET', base);
    network = await api('GET', `/api/local-networks/${encodeURIComponent(plan.localNetworkId)}`).catch(() => null);
    setUpLanguageSwitch($('language'), render);
    render();
  } catch (error) {
    showMessage(describeError(error));
    return;
  }
  setInterval(() => { if (document.visibilityState === 'visible') refresh().catch(() => {}); }, REFRESH_MS);
}

$('area-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (await change(() => api('POST', `${base}/areas`, { title: $('area-title').value.trim() }), t('plan.areaAdded'))) e.target.reset();
});
$('comment-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const areaId = $('comment-area').value || undefined;
  if (await change(() => api('POST', `${base}/comments`, { areaId, text: $('comment-text').value }), t('plan.commented'))) {
    $('comment-text').value = '';
  }
});
$('follow-up-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const meeting = await api('POST', `${base}/follow-up`, { startsAt: new Date($('follow-up-at').value).toISOString() });
    await reload();
    showMessage(t('plan.followUpPlanned', { title: meeting.title }), { ok: true });
  } catch (error) {
    showMessage(describeError(error));
  }
});
$('plan-pdf').addEventListener('click', () => download(`${base}/export.pdf`, 'lokal-plan.pdf').catch((error) => showMessage(describeError(error))));
$('plan-md').addEventListener('click', () => download(`${base}/export.md`, 'lokal-plan.md').catch((error) => showMessage(describeError(error))));

load();
