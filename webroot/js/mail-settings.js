// "Brev från Laget Runt" on the start page: which kinds of mail the person gets, each on until
// they turn it off. Every mail's last line links here (/#mail). The kinds are the server's.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, el, replaceItems, showMessage } from './ui.js';

/** Kinds only a network's leaders (and enablers) are sent. */
const LEADERS_ONLY = new Set(['minutes-reminder', 'compilation-check']);

let current = null;

function render(role) {
  $('mail-to').textContent = current.email ? t('mailTo', { email: current.email }) : t('mailNoAddress');
  const kinds = current.kinds.filter((k) => role !== 'participant' || !LEADERS_ONLY.has(k.kind));
  replaceItems($('mail-kinds'), kinds.map((k) => el('li', {},
    el('label', { className: 'check' },
      el('input', { type: 'checkbox', value: k.kind, checked: k.on, disabled: !current.email }),
      ` ${t(`mailKind.${k.kind}`)}`))));
  $('mail-save').disabled = !current.email;
}

/** Shows the section when this server sends mail at all. */
export async function showMailSettings(me) {
  current = await api('GET', '/api/me/mail');
  if (!current.serverSends) return;
  $('mail').hidden = false;
  render(me.accountRole);
  $('mail-form').onsubmit = async (e) => {
    e.preventDefault();
    const off = [...$('mail-kinds').querySelectorAll('input[type=checkbox]')].filter((box) => !box.checked).map((box) => box.value);
    // Kinds not shown (a participant's) stay as they were.
    const hidden = current.kinds.filter((k) => !k.on && !$('mail-kinds').querySelector(`input[value="${k.kind}"]`)).map((k) => k.kind);
    try {
      current = await api('PUT', '/api/me/mail', { off: [...off, ...hidden] });
      render(me.accountRole);
      showMessage(t('mailSaved'), { ok: true });
    } catch (error) {
      showMessage(describeError(error));
    }
  };
  if (window.location.hash === '#mail') {
    $('mail-heading').focus();
  }
}
