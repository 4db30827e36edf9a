// The theme network's enablers on its page: who they are, inviting another (the link to hand
// over, e-mailed too when the server can), and removing one or leaving – never the last.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, el, showMessage } from './ui.js';

export class EnablerTeam {
  constructor(themeId) {
    this.path = `/api/theme-networks/${encodeURIComponent(themeId)}/enablers`;
    this.enablers = [];
    $('enabler-form').addEventListener('submit', (e) => this.invite(e));
  }

  async load() {
    this.enablers = await api('GET', this.path);
    this.render();
  }

  render() {
    $('enabler-list').replaceChildren(...this.enablers.map((person) => el('li', {},
      el('span', { className: 'name' }, person.you ? `${person.name} (${t('you')})` : person.name),
      el('span', { className: 'details' }, [t(`group.${person.group}`), person.email].filter(Boolean).join(' · ')),
      this.enablers.length > 1 ? el('span', { className: 'actions' }, el('button', {
        type: 'button', className: 'small danger', 'aria-label': `${person.you ? t('leaveTheme') : t('remove')}: ${person.name}`,
        onclick: () => this.remove(person),
      }, person.you ? t('leaveTheme') : t('remove'))) : null)));
  }

  async invite(e) {
    e.preventDefault();
    try {
      const invited = await api('POST', this.path, { name: $('enabler-name').value.trim(), email: $('enabler-email').value.trim() });
      e.target.reset();
      $('enabler-link').hidden = false;
      $('enabler-link-for').textContent = t('linkFor', { name: invited.name });
      $('enabler-link-value').value = invited.link;
      await this.load();
      showMessage(invited.emailed ? t('enablerInvitedEmailed', { name: invited.name }) : t('enablerInvited', { name: invited.name }), { ok: true });
    } catch (error) {
      showMessage(describeError(error));
    }
  }

  async remove(person) {
    if (!window.confirm(person.you ? t('confirmLeaveTheme') : t('confirmRemoveEnabler', { name: person.name }))) return;
    try {
      await api('DELETE', `${this.path}/${encodeURIComponent(person.id)}`);
      if (person.you) {
        window.location.href = '/';
        return;
      }
      await this.load();
      showMessage(t('enablerRemoved', { name: person.name }), { ok: true });
    } catch (error) {
      showMessage(describeError(error));
    }
  }
}
