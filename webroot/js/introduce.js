// "Vem är du?" for the first enabler, made at the first start with a placeholder name and no
// address: their name (so others see who invites them) and e-mail (so a lost sign-in is mended
// with a link by mail, not a restart of the server).
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, showMessage } from './ui.js';

/** Shows the form while the person is that first enabler, as yet unnamed; onSaved(me) after saving. */
export function showIntroduction(me, onSaved) {
  const needed = me.unintroduced === true; // the server's rule (store/Person)
  $('introduce').hidden = !needed;
  if (!needed) return;
  $('introduce-name').value = '';
  $('introduce-form').onsubmit = async (e) => {
    e.preventDefault();
    try {
      const saved = await api('PATCH', '/api/me', { name: $('introduce-name').value.trim(), email: $('introduce-email').value.trim() });
      $('introduce').hidden = true;
      onSaved(saved);
      showMessage(t('introduceSaved', { name: saved.name }), { ok: true });
    } catch (error) {
      showMessage(describeError(error));
    }
  };
  $('introduce-heading').focus();
}
