// "Mötena i din kalender" on the start page: a private address a calendar program subscribes to,
// so moved, cancelled and new meetings show up by themselves. Shown once when made (the server
// keeps only its hash); a new one ends the old, and it can be ended.
import { t, describeError } from './i18n.js';
import { api } from './session.js';
import { $, formatWhen, showMessage } from './ui.js';

function render(feed) {
  $('feed-state').textContent = feed.active ? t('feedActive', { when: formatWhen(feed.since) }) : t('feedNone');
  $('feed-make').textContent = feed.active ? t('feedRenew') : t('feedMake');
  $('feed-end').hidden = !feed.active;
  $('feed-link').hidden = !feed.url;
  if (feed.url) {
    $('feed-url').value = feed.url;
    $('feed-url').focus();
    $('feed-url').select();
  }
}

export async function showCalendarFeed() {
  $('calendar-feed').hidden = false;
  render(await api('GET', '/api/me/calendar-feed'));
  $('feed-make').onclick = async () => {
    try {
      render(await api('POST', '/api/me/calendar-feed'));
    } catch (error) {
      showMessage(describeError(error));
    }
  };
  $('feed-end').onclick = async () => {
    if (!window.confirm(t('feedConfirmEnd'))) return;
    try {
      await api('DELETE', '/api/me/calendar-feed');
      render({ active: false });
      showMessage(t('feedEnded'), { ok: true });
    } catch (error) {
      showMessage(describeError(error));
    }
  };
}
