// Renaming a network in place: the theme page for its enablers, a network's page for those who
// look after it.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, showMessage } from './ui.js';

/** Wires the page's rename form (#rename with #rename-form and #rename-name) to PATCH {path}. */
export function setUpRename(path, current, onRenamed) {
  $('rename').hidden = false;
  $('rename-name').value = current;
  $('rename-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const renamed = await api('PATCH', path, { name: $('rename-name').value.trim() });
      $('rename').open = false;
      onRenamed(renamed.name);
      showMessage(t('renamed'), { ok: true });
    } catch (error) {
      showMessage(describeError(error));
    }
  });
}
