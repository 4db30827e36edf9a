// A first-run guide on the start page, one for each role, in plain Swedish (and English): what
// to do first, in order, with a link to where it is done and a tick for what is done already.
// The person can hide it (this device remembers) and bring it back.
import { t } from './i18n.js';
import { $, el } from './ui.js';

const HIDDEN = 'laget-runt.guideHidden';

/** [text key, link or null, done] for each step of the person's role. */
function steps(role, { themes, networks, meetings, next, firstSteps }) {
  const theme = themes[0] && `/theme.html?id=${encodeURIComponent(themes[0].id)}`;
  // An enabler looks after the theme's local networks without being a member of them.
  const locals = role === 'enabler' ? firstSteps.locals : networks;
  const network = locals[0] && `/network.html?id=${encodeURIComponent(locals[0].id)}`;
  const meeting = next && `/meeting.html?id=${encodeURIComponent(next.id)}`;
  switch (role) {
    case 'enabler':
      return [
        ['guide.enabler.theme', null, themes.length > 0],
        ['guide.enabler.network', theme, locals.length > 0],
        ['guide.enabler.leader', network, firstSteps.leader],
        ['guide.enabler.series', network, meetings.length > 0],
      ];
    case 'leader':
      return [
        ['guide.leader.participants', network, false],
        ['guide.leader.noteTakers', meeting, false],
        ['guide.leader.firstMeeting', meeting, false],
      ];
    default:
      return [
        ['guide.participant.prepare', null, false],
        ['guide.participant.sound', '/check.html', false],
        ['guide.participant.meeting', meeting, false],
      ];
  }
}

export function renderGuide(me, data) {
  const key = `${HIDDEN}.${me.id}`;
  const hidden = localStorage.getItem(key) === '1';
  $('guide').hidden = hidden;
  $('guide-show-row').hidden = !hidden;
  $('guide-hide').onclick = () => { localStorage.setItem(key, '1'); renderGuide(me, data); $('guide-show').focus(); };
  $('guide-show').onclick = () => { localStorage.removeItem(key); renderGuide(me, data); $('guide-heading').focus(); };
  $('guide-intro').textContent = t(`guide.${me.accountRole === 'enabler' || me.accountRole === 'leader' ? me.accountRole : 'participant'}.intro`);
  $('guide-steps').replaceChildren(...steps(me.accountRole, data).map(([text, link, done]) => el('li', { className: done ? 'done' : '' },
    done ? el('span', { className: 'visually-hidden' }, `${t('guide.done')}: `) : null,
    el('span', {}, t(text)),
    link ? el('a', { href: link }, t(`${text}.link`)) : null)));
}
