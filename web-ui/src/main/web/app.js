// Docket web UI: plain ES modules over the public JSON API (/api/v1). State lives in the URL.
import { TEXT, OPERATORS, currentLang } from './i18n.js';

let lang = currentLang();
const t = (key, ...args) => { const v = TEXT[lang][key]; return typeof v === 'function' ? v(...args) : v; };
const $ = (sel) => document.querySelector(sel);
const PAGE = 20;
let inFlight = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

// Snippets arrive HTML-escaped with <mark> around matches; allow exactly that tag and nothing else.
function snippetNode(html) {
  const span = el('span', { class: 'snippet', dir: 'auto' });
  const parts = String(html).split(/(<mark>|<\/mark>)/);
  let target = span;
  for (const part of parts) {
    if (part === '<mark>') { const m = el('mark'); span.append(m); target = m; }
    else if (part === '</mark>') target = span;
    else target.append(decodeEntities(part));
  }
  return span;
}
function decodeEntities(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

function localTime(iso) {
  if (!iso) return '';
  // The sender's own clock: the ISO string as written, without seconds.
  return iso.replace('T', ' ').replace(/:\d\d([+-]\d\d:\d\d|Z)$/, ' $1');
}
function viewerTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
const who = (a) => a ? (a.name ? `${a.name} <${a.address}>` : a.address) : '';

async function api(path, signal) {
  const res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'bad_response', detail: `HTTP ${res.status}` }));
  if (!res.ok) { const e = new Error(body.detail || body.error); e.status = res.status; throw e; }
  return body;
}

function params() { return new URLSearchParams(location.search); }
function go(search, push = true) {
  const url = '/?' + search.toString();
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  route();
}

function route() {
  const p = params();
  $('#q').value = p.get('q') || '';
  $('#sort').value = p.get('sort') || 'relevance';
  if (p.get('message')) showMessage(p.get('message'));
  else showSearch(p);
}

async function showSearch(p) {
  const view = $('#view');
  const q = p.get('q') || '';
  const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  const sort = p.get('sort') || 'relevance';
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  view.replaceChildren(el('p', { class: 'loading', id: 'loading' }, t('loading')));
  view.setAttribute('aria-busy', 'true');
  try {
    const r = await api(`/api/v1/search?q=${encodeURIComponent(q)}&limit=${PAGE}&offset=${offset}&sort=${encodeURIComponent(sort)}`, inFlight.signal);
    renderFacets(r.facets, q);
    const list = el('div', { id: 'results' });
    list.append(el('p', { class: 'status', id: 'status' }, t('results', r.total, r.tookMs)));
    if (r.hits.length === 0) list.append(el('p', { class: 'empty', id: 'no-results' }, t('none')));
    for (const h of r.hits) list.append(hitNode(h));
    if (r.total > PAGE) list.append(pager(r.total, offset));
    view.replaceChildren(list);
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('#facets').replaceChildren();
    view.replaceChildren(el('div', { class: 'error', id: 'error', role: 'alert' }, `${t('error')}: ${e.message}`));
  } finally {
    view.removeAttribute('aria-busy');
  }
}

function hitNode(h) {
  const open = (ev) => { ev.preventDefault(); const p = params(); p.set('message', h.id); go(p); };
  return el('article', { class: 'hit', 'data-id': h.id },
    el('div', { class: 'meta' },
      el('span', { title: `${t('utc')} ${h.dateUtc || ''}` }, localTime(h.date)),
      el('span', { dir: 'auto' }, who(h.from)),
      h.folders.length ? el('span', {}, h.folders.join(', ')) : null),
    el('a', { class: 'subject', href: `/?message=${encodeURIComponent(h.id)}`, onclick: open, dir: 'auto' }, h.subject || t('noSubject')),
    snippetNode(h.snippet),
    h.attachments.length ? el('div', { class: 'chips' }, h.attachments.map((a) =>
      el('a', { class: 'chip' + (a.matched ? ' matched' : ''), href: `/api/v1/messages/${encodeURIComponent(h.id)}/attachments/${a.index}`, title: a.contentType }, `📎 ${a.name || a.contentType}`))) : null);
}

function pager(total, offset) {
  const go2 = (o) => () => { const p = params(); p.set('offset', String(o)); p.delete('message'); go(p); };
  return el('nav', { class: 'pager' },
    el('button', { type: 'button', disabled: offset === 0, onclick: go2(Math.max(0, offset - PAGE)) }, t('previous')),
    el('span', {}, t('page', offset + 1, Math.min(total, offset + PAGE), total)),
    el('button', { type: 'button', id: 'next-page', disabled: offset + PAGE >= total, onclick: go2(offset + PAGE) }, t('next')));
}

// Facet values become query operators, so a click refines the query that is in the URL.
const FACETS = [
  ['from', 'facetFrom', (v) => `from:${v}`],
  ['year', 'facetYear', (v) => `date:${v}`],
  ['folder', 'facetFolder', (v) => /\s/.test(v) ? `folder:"${v}"` : `folder:${v}`],
  ['hasAttachment', 'facetHasAttachment', (v) => v === 'yes' ? 'has:attachment' : '-has:attachment'],
];
function renderFacets(facets, q) {
  const box = $('#facets');
  box.replaceChildren();
  for (const [dim, label, operator] of FACETS) {
    const values = (facets && facets[dim]) || [];
    if (!values.length) continue;
    box.append(el('h3', {}, t(label)), el('ul', { 'data-facet': dim }, values.map((f) =>
      el('li', {}, el('button', { type: 'button', 'data-value': f.value, onclick: () => {
        const p = params(); p.set('q', (q ? q + ' ' : '') + operator(f.value)); p.delete('offset'); p.delete('message'); go(p);
      } }, el('span', {}, dim === 'hasAttachment' ? t(f.value === 'yes' ? 'yes' : 'no') : f.value), el('span', { class: 'count' }, f.count))))));
  }
}

async function showMessage(id) {
  const view = $('#view');
  view.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  try {
    const m = await api(`/api/v1/messages/${encodeURIComponent(id)}`);
    const thread = m.threadId ? await api(`/api/v1/threads/${encodeURIComponent(m.threadId)}`).catch(() => null) : null;
    const back = el('a', { href: '#', onclick: (e) => { e.preventDefault(); const p = params(); p.delete('message'); go(p); } }, t('back'));
    const raw = `/api/v1/messages/${encodeURIComponent(m.id)}/raw`;
    view.replaceChildren(el('article', { class: 'message', id: 'message', 'data-id': m.id },
      back,
      el('h1', { dir: 'auto' }, m.subject || t('noSubject')),
      el('dl', { class: 'headers' },
        el('dt', {}, t('from')), el('dd', { dir: 'auto' }, who(m.from)),
        m.to.length ? [el('dt', {}, t('to')), el('dd', { dir: 'auto' }, m.to.map(who).join(', '))] : null,
        m.cc.length ? [el('dt', {}, t('cc')), el('dd', { dir: 'auto' }, m.cc.map(who).join(', '))] : null,
        el('dt', {}, t('date')), el('dd', {}, `${localTime(m.date)}  ·  ${viewerTime(m.dateUtc)}`),
        el('dt', {}, t('folders')), el('dd', {}, m.folders.join(', ')),
        el('dt', {}, t('originals')), el('dd', {}, m.originals.map((o) =>
          el('div', {}, el('a', { href: `${raw}?sha256=${o.sha256}` }, t('original')), ' ', el('span', { class: 'sha' }, o.sha256))))),
      m.warnings.length ? el('p', { class: 'warn' }, `${t('warnings')}: ${m.warnings.map((w) => w.code).join(', ')}`) : null,
      m.attachments.length ? el('div', { class: 'chips' }, m.attachments.map((a) =>
        el('a', { class: 'chip', href: `/api/v1/messages/${encodeURIComponent(m.id)}/attachments/${a.index}` }, `📎 ${a.name || a.contentType} (${Math.ceil(a.size / 1024)} KB)`))) : null,
      el('pre', { class: 'body', dir: 'auto', lang: m.lang || undefined }, m.body),
      thread && thread.size > 1 ? el('section', { class: 'thread' }, el('h2', {}, `${t('thread')} (${thread.size})`), threadList(thread.messages, m.id)) : null));
    window.scrollTo(0, 0);
  } catch (e) {
    view.replaceChildren(el('div', { class: 'error', role: 'alert' }, `${e.status === 404 ? t('notFound') : t('error')}: ${e.message}`));
  }
}

function threadList(nodes, current) {
  return el('ul', {}, nodes.map((n) => el('li', {},
    el('a', { class: n.id === current ? 'current' : '', href: `/?message=${encodeURIComponent(n.id)}`, onclick: (e) => {
      e.preventDefault(); const p = params(); p.set('message', n.id); go(p);
    } }, `${localTime(n.date)} — ${who(n.from)} — ${n.subject}`),
    n.replies.length ? threadList(n.replies, current) : null)));
}

function applyLanguage() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  $('#lang-toggle').textContent = lang === 'zh' ? 'English' : '中文';
  $('#help-rows').replaceChildren(...OPERATORS.map(([ex, d]) => el('tr', {}, el('td', {}, el('code', {}, ex)), el('td', {}, d[lang]))));
}

$('#search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const p = new URLSearchParams();
  if ($('#q').value.trim()) p.set('q', $('#q').value.trim());
  if ($('#sort').value !== 'relevance') p.set('sort', $('#sort').value);
  go(p);
});
$('#sort').addEventListener('change', () => $('#search-form').requestSubmit());
$('#help-toggle').addEventListener('click', () => {
  const help = $('#help'); help.hidden = !help.hidden;
  $('#help-toggle').setAttribute('aria-expanded', String(!help.hidden));
});
$('#lang-toggle').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('docket.lang', lang); applyLanguage(); route();
});
window.addEventListener('popstate', route);
applyLanguage();
route();
