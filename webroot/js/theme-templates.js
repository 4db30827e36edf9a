// The theme network's own series templates on its page: the enablers write one from a built-in
// template (or another of their own), change and delete them; leaders then find them beside the
// built-in ones when they create a series.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, el, showMessage } from './ui.js';
import { MeetingsEditor } from './series-editor.js';

export class ThemeTemplates {
  constructor(themeId) {
    this.path = `/api/theme-networks/${encodeURIComponent(themeId)}/series-templates`;
    this.builtIn = [];
    this.own = [];
    this.editing = null; // the key of the own template in the form, or null for a new one
    this.editor = new MeetingsEditor($('template-meetings'), 'template-meeting');
    $('template-base').addEventListener('change', () => this.startFrom($('template-base').value));
    $('template-form').addEventListener('submit', (e) => this.save(e));
  }

  async load() {
    [this.builtIn, this.own] = await Promise.all([api('GET', '/api/series-templates'), api('GET', this.path)]);
    this.render();
    if (!this.editing) this.startFrom($('template-base').value);
  }

  render() {
    $('no-own-templates').hidden = this.own.length > 0;
    $('own-template-list').replaceChildren(...this.own.map((template) => el('li', {},
      el('span', { className: 'name' }, template.title),
      el('span', { className: 'details' }, t('ownTemplates.count', { n: template.meetings.length })),
      el('span', { className: 'actions' },
        el('button', { type: 'button', className: 'small secondary', 'aria-label': `${t('ownTemplates.change')}: ${template.title}`,
          onclick: () => this.edit(template) }, t('ownTemplates.change')),
        ' ',
        el('button', { type: 'button', className: 'small danger', 'aria-label': `${t('remove')}: ${template.title}`,
          onclick: () => this.remove(template) }, t('remove'))))));
    const base = $('template-base').value;
    $('template-base').replaceChildren(...[...this.builtIn, ...this.own].map((template) =>
      el('option', { value: template.key }, template.title)));
    if (base) $('template-base').value = base;
    $('template-edit-summary').textContent = this.editing ? t('ownTemplates.changing') : t('ownTemplates.new');
  }

  /** A new template, beginning as a copy of another. */
  startFrom(key) {
    const base = [...this.builtIn, ...this.own].find((template) => template.key === key);
    if (!base) return;
    this.editing = null;
    $('template-title').value = '';
    this.editor.load(base.meetings);
    this.render();
  }

  edit(template) {
    this.editing = template.key;
    $('template-title').value = template.title;
    this.editor.load(template.meetings);
    this.render();
    $('template-edit').open = true;
    $('template-title').focus();
  }

  async save(e) {
    e.preventDefault();
    const body = { title: $('template-title').value.trim(), meetings: this.editor.value() };
    try {
      if (this.editing) {
        await api('PUT', `${this.path}/${encodeURIComponent(this.editing)}`, body);
      } else {
        await api('POST', this.path, body);
      }
      showMessage(t('ownTemplates.saved', { title: body.title }), { ok: true });
      this.editing = null;
      $('template-edit').open = false;
      await this.load();
    } catch (error) {
      showMessage(describeError(error));
    }
  }

  async remove(template) {
    if (!window.confirm(t('ownTemplates.confirmRemove', { title: template.title }))) return;
    try {
      await api('DELETE', `${this.path}/${encodeURIComponent(template.key)}`);
      await this.load();
    } catch (error) {
      showMessage(describeError(error));
    }
  }
}
