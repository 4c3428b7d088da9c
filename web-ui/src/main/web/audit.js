// The audit log (admin and legal): who searched, opened, downloaded and exported what, newest first, and
// whether the log's hash chain is intact. The filters are part of the URL (#/audit/actor%3Dlena), so a
// filtered view can be bookmarked and handed on like every other page.
import { get } from './api.js';
import { el, loading, errorBox, claim } from './dom.js';
import { t } from './i18n.js';
import { zoneTime } from './format.js';
import { navigate, auditUrl } from './router.js';

const TEXT_FILTERS = ['actor', 'action', 'target'];
const TIME_FILTERS = ['from', 'to'];
const PAGE = 200;

export async function showAudit(view, filterText, { wholeChain = false } = {}) {
  const filters = new URLSearchParams(filterText || '');
  const mine = claim(view);
  view.replaceChildren(loading(t('loading')));
  const query = new URLSearchParams();
  for (const name of [...TEXT_FILTERS, ...TIME_FILTERS, 'before']) if (filters.get(name)) query.set(name, filters.get(name));
  query.set('limit', String(PAGE));
  if (wholeChain) query.set('verify', 'full');
  const head = el('header', { class: 'page-head' }, el('h1', {}, t('auditTitle')), el('p', { class: 'muted' }, t('auditHint')));
  try {
    const r = await get(`/api/v1/audit?${query}`);
    if (!mine()) return;
    view.replaceChildren(el('article', { id: 'audit' }, head,
      chainState(r.chain, () => showAudit(view, filterText, { wholeChain: true })),
      filterForm(filters), entries(r.entries), pager(filters, r.entries)));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(el('article', { id: 'audit' }, head, filterForm(filters), errorBox(t('error'), e)));
  }
}

function chainState(chain, checkWhole) {
  const button = el('button', { type: 'button', id: 'verify-full', onclick: checkWhole }, t('checkWholeChain'));
  if (!chain.intact) {
    return el('div', { class: 'error', id: 'chain', role: 'alert', 'data-intact': 'false' },
      el('strong', {}, t('chainBroken')), ' ', chain.problem, ' ', button);
  }
  const when = chain.wholeLogCheckedAt ? t('wholeLogChecked', zoneTime(chain.wholeLogCheckedAt)) : '';
  return el('p', { class: 'chain-ok', id: 'chain', 'data-intact': 'true' },
    el('strong', {}, t('chainIntact', chain.entries)), ' ', el('span', { class: 'muted' }, when), ' ', button);
}

function filterForm(filters) {
  const inputs = {};
  const field = (name, type) => {
    const value = TIME_FILTERS.includes(name) ? toLocalInput(filters.get(name)) : filters.get(name) || '';
    inputs[name] = el('input', { type, name, id: `audit-${name}`, value, dir: 'auto' });
    return el('label', {}, el('span', {}, t(`audit_${name}`)), inputs[name]);
  };
  const apply = (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const name of TEXT_FILTERS) if (inputs[name].value.trim()) next.set(name, inputs[name].value.trim());
    for (const name of TIME_FILTERS) if (inputs[name].value) next.set(name, new Date(inputs[name].value).toISOString());
    navigate(auditUrl(next.toString()));   // new filters start again at the newest entries
  };
  return el('form', { class: 'audit-filters', id: 'audit-filters', onsubmit: apply },
    field('actor', 'text'), field('action', 'text'), field('target', 'text'), field('from', 'datetime-local'), field('to', 'datetime-local'),
    el('button', { type: 'submit', class: 'primary', id: 'audit-apply' }, t('applyFilters')),
    el('button', { type: 'button', id: 'audit-clear', onclick: () => navigate(auditUrl('')) }, t('clearFilters')));
}

function entries(list) {
  if (!list.length) return el('div', { class: 'empty', id: 'no-entries' }, el('p', {}, t('noAuditEntries')));
  return el('div', { class: 'scroll' }, el('table', { class: 'grid audit-entries' },
    el('caption', { class: 'muted', id: 'audit-range' }, t('auditShown', list.length, list[0].sequence, list[list.length - 1].sequence)),
    el('thead', {}, el('tr', {}, ['#', t('when'), t('who'), t('auditClient'), t('audit_action'), t('auditTarget'), t('auditOutcome')]
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map((e) => el('tr', { class: refused(e.outcome) ? 'entry refused' : 'entry', 'data-sequence': e.sequence },
      el('td', { class: 'num' }, e.sequence),
      el('td', { class: 'when', title: e.time }, zoneTime(e.time)),
      el('td', { class: 'actor', dir: 'auto' }, e.actor, e.role ? el('div', { class: 'muted' }, e.role) : null),
      el('td', { class: 'client' }, e.client),
      el('td', { class: 'action' }, e.action),
      el('td', { class: 'target', dir: 'auto' }, e.target),
      el('td', { class: 'outcome' }, e.outcome))))));
}

/** Older entries page by sequence number, so a page stays the same while new entries are appended. */
function pager(filters, list) {
  const newest = new URLSearchParams(filters);
  newest.delete('before');
  const older = new URLSearchParams(filters);
  if (list.length) older.set('before', String(list[list.length - 1].sequence));
  return el('nav', { class: 'pager', id: 'audit-pager' },
    filters.get('before') ? el('button', { type: 'button', id: 'audit-newest', onclick: () => navigate(auditUrl(newest.toString())) }, t('newestEntries')) : null,
    list.length === PAGE ? el('button', { type: 'button', id: 'audit-older', onclick: () => navigate(auditUrl(older.toString())) }, t('olderEntries')) : null);
}

/** Refused and failed requests stand out: HTTP statuses from 400 up, and "denied". */
function refused(outcome) {
  return outcome === 'denied' || /^[45]\d\d$/.test(outcome || '');
}

/** An ISO instant as a datetime-local input's value, on the viewer's clock. */
function toLocalInput(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
}
