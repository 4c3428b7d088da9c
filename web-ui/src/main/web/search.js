// The search page: results with both clocks, snippets, chips and badges; facets that refine the query.
import { get, enc, customerNames } from './api.js';
import { el, appLink, snippetNode, loading, errorBox, claim } from './dom.js';
import { t, clauseLabel } from './i18n.js';
import { senderTime, zoneTime, viewerZone, who } from './format.js';
import { orderBadge, clauseBadge, customerBadge, attachmentChip, sourceBadge } from './badges.js';
import { navigate, searchUrl, messageUrl } from './router.js';

const PAGE = 20;
let inFlight = null;

export async function showSearch(view, facetsBox, params) {
  const q = params.get('q') || '';
  const sort = params.get('sort') || 'relevance';
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  // A new search cancels the one still running; claim() also keeps a late answer off a page left since.
  if (inFlight) inFlight.abort();
  const request = new AbortController();
  inFlight = request;
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  view.setAttribute('aria-busy', 'true');
  try {
    const [r, names] = await Promise.all([
      get(`/api/v1/search?q=${enc(q)}&limit=${PAGE}&offset=${offset}&sort=${enc(sort)}`, request.signal),
      customerNames(),
    ]);
    if (!mine()) return;
    facetsBox.replaceChildren(...facetNodes(r.facets, r.facetsExact !== false, q, sort, names));
    const list = el('div', { id: 'results' }, el('p', { class: 'status', id: 'status' }, t('results', r.total, r.tookMs)));
    if (r.hits.length === 0) list.append(el('div', { class: 'empty', id: 'no-results' }, el('p', {}, t('none')), el('p', { class: 'muted' }, t('noneHint'))));
    for (const h of r.hits) list.append(hitNode(h, names));
    if (r.total > PAGE) list.append(pager(r.total, offset, q, sort));
    view.replaceChildren(list);
  } catch (e) {
    if (e.name === 'AbortError' || !mine()) return;
    facetsBox.replaceChildren();
    view.replaceChildren(errorBox(t('error'), e));
  } finally {
    if (inFlight === request) { inFlight = null; view.removeAttribute('aria-busy'); }
  }
}

/** Both clocks: the sender's as written, and the viewer's. */
export function twoClocks(h) {
  return el('span', { class: 'dates' },
    el('time', { datetime: h.dateUtc || '', title: `${t('senderTime')} · ${t('utc')} ${h.dateUtc || ''}`, class: 'sender-time' }, senderTime(h.date)),
    h.dateUtc ? el('span', { class: 'viewer-time muted', title: viewerZone() }, ` · ${zoneTime(h.dateUtc)} ${t('yourTime')}`) : null);
}

function hitNode(h, names) {
  return el('article', { class: 'hit', 'data-id': h.id },
    el('div', { class: 'meta' }, sourceBadge(h.source), twoClocks(h), el('span', { class: 'from', dir: 'auto' }, who(h.from)),
      h.folders.length ? el('span', { class: 'muted' }, h.folders.join(', ')) : null),
    appLink(messageUrl(h.id), { class: 'subject', dir: 'auto' }, h.subject || t('noSubject')),
    snippetNode(h.snippet),
    h.orders.length || h.clauses.length || h.customers.length ? el('div', { class: 'badges' },
      h.orders.map(orderBadge), h.customers.map((c) => customerBadge(c, names)), h.clauses.map((c) => clauseBadge(c))) : null,
    h.attachments.length ? el('div', { class: 'chips' }, h.attachments.map((a) => attachmentChip(h.id, a))) : null);
}

function pager(total, offset, q, sort) {
  const to = (o) => () => navigate(searchUrl({ q, sort, offset: o }));
  return el('nav', { class: 'pager' },
    el('button', { type: 'button', id: 'prev-page', disabled: offset === 0, onclick: to(Math.max(0, offset - PAGE)) }, t('previous')),
    el('span', {}, t('page', offset + 1, Math.min(total, offset + PAGE), total)),
    el('button', { type: 'button', id: 'next-page', disabled: offset + PAGE >= total, onclick: to(offset + PAGE) }, t('next')));
}

/** `op:value`, quoted when the value has spaces or query syntax in it. */
export function term(op, value) {
  return /^[\p{L}\p{N}._@+\-/]+$/u.test(value) ? `${op}:${value}` : `${op}:"${value.replace(/"/g, '')}"`;
}

// Facet values become operators: a click adds one to the query in the URL and searches again.
const FACETS = [
  ['customer', 'facetCustomer', (v) => term('customer', v), (v, names) => names.get(v) || v],
  ['order', 'facetOrder', (v) => term('order', v), (v) => v],
  ['clause', 'facetClause', (v) => term('clause', v), (v) => clauseLabel(v)],
  ['year', 'facetYear', (v) => term('date', v), (v) => v],
  ['folder', 'facetFolder', (v) => term('folder', v), (v) => v],
  ['hasAttachment', 'facetHasAttachment', (v) => (v === 'yes' ? 'has:attachment' : '-has:attachment'), (v) => t(v === 'yes' ? 'yes' : 'no')],
  ['from', 'facetFrom', (v) => term('from', v), (v) => v],
];

function facetNodes(facets, exact, q, sort, names) {
  const nodes = [];
  for (const [dim, label, operator, display] of FACETS) {
    const values = (facets && facets[dim]) || [];
    if (!values.length) continue;
    nodes.push(el('h3', {}, t(label)), el('ul', { 'data-facet': dim }, values.map((f) => {
      const op = operator(f.value);
      const active = q.split(/\s+/).includes(op);
      return el('li', {}, el('button', { type: 'button', 'data-value': f.value, class: active ? 'active' : null, disabled: active,
        title: op, onclick: () => navigate(searchUrl({ q: q ? `${q} ${op}` : op, sort })) },
      el('span', { dir: 'auto' }, display(f.value, names)),
      // Over a very large match set the server counts a sample: the counts are estimates, and say so.
      el('span', { class: 'count', title: exact ? null : t('facetEstimate') }, exact ? f.count : `≈${f.count}`)));
    })));
  }
  return nodes;
}
