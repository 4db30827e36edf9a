// Where each held meeting's minutes are on their way to the enablers, with the late ones marked:
// the leader's reminder on the network page, the enablers' overview on the theme page.
import { t, describeError } from './i18n.js';
import { api, download } from './session.js';
import { el, formatWhen, scrollingTable, showMessage } from './ui.js';

/**
 * A table of the rows from GET …/minutes; a submitted row gets a PDF download, a late one (for
 * enablers, when the server can mail) a reminder to the leaders, after which {@code onReminded}.
 */
export function minutesStatusTable(rows, { showNetwork, onReminded = () => {} }) {
  return scrollingTable(t('minutesStatusTitle'), el('table', { className: 'minutes-status-table' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('meetingTitle')),
      showNetwork ? el('th', { scope: 'col' }, t('localNetwork')) : null,
      el('th', { scope: 'col' }, t('minutesStatusHeading')),
      el('th', { scope: 'col' }, t('downloadHeading')))),
    el('tbody', {}, ...rows.map((row) => el('tr', { className: row.late ? 'late' : '' },
      el('th', { scope: 'row' }, el('a', { href: `/meeting.html?id=${encodeURIComponent(row.meetingId)}` }, row.title),
        el('span', { className: 'details' }, ` ${formatWhen(row.startsAt)}`)),
      showNetwork ? el('td', {}, row.localNetwork ?? '') : null,
      el('td', {}, t(`minutesStatusShort.${row.status}`),
        row.deadline && row.status === 'in-review' ? ` (${t('until')} ${formatWhen(row.deadline)})` : '',
        row.late ? el('strong', { className: 'late-tag' }, ` ${t('late')}`) : null,
        row.remindedAt ? el('span', { className: 'details' }, ` · ${t('remindedOn', { when: formatWhen(row.remindedAt) })}`) : null,
        row.canRemind ? el('button', {
          type: 'button', className: 'small secondary remind', 'aria-label': t('remindLeadersOf', { title: row.title }),
          onclick: (e) => remind(row, e.currentTarget, onReminded),
        }, t('remindLeaders')) : null),
      el('td', {}, row.status === 'submitted' ? el('button', {
        type: 'button', className: 'small secondary', 'aria-label': `PDF: ${row.title}`,
        onclick: () => download(`/api/meetings/${encodeURIComponent(row.meetingId)}/minutes.pdf`, 'minnesanteckningar.pdf')
          .catch((error) => showMessage(describeError(error))),
      }, 'PDF') : '–'))))));
}

/** Sends the reminder and says whom it reached, and whom the enabler should call instead. */
async function remind(row, button, onReminded) {
  button.disabled = true;
  try {
    const result = await api('POST', `/api/meetings/${encodeURIComponent(row.meetingId)}/minutes/reminders`);
    const parts = [];
    if (result.emailed.length > 0) parts.push(t('reminderSent', { names: result.emailed.join(', ') }));
    if (result.notReached.length > 0) parts.push(t('reminderNotReached', { names: result.notReached.join(', ') }));
    showMessage(parts.join(' ') || t('reminderNoLeaders'), { ok: result.emailed.length > 0 && result.notReached.length === 0 });
    onReminded();
  } catch (error) {
    button.disabled = false;
    showMessage(describeError(error));
  }
}
