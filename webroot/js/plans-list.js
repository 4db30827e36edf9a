// Local plans as a list of links with where each stands: on a network's page its own, on the
// theme page every network's (for the enablers).
import { t } from './i18n.js';
import { el, formatWhen } from './ui.js';

export function planItems(plans, { showNetwork }) {
  return plans.map((plan) => el('li', {},
    el('a', { href: `/plan.html?id=${encodeURIComponent(plan.id)}` }, showNetwork ? `${plan.localNetwork}: ${plan.title}` : plan.title),
    el('span', { className: 'line' }, `${t('plans.line', { status: t(`plan.status.${plan.status}`), areas: plan.areas, measures: plan.measures })}`
      + ` · ${formatWhen(plan.statusChangedAt)}`)));
}
