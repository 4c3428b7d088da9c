// One message: headers on both clocks, the body as marked text or as sanitized HTML in a sandboxed
// frame, attachments, the original with its SHA-256, the clause statements and the thread around it.
import { get, enc, customerNames } from './api.js';
import { el, appLink, loading, errorBox, claim } from './dom.js';
import { t } from './i18n.js';
import { who, size, senderTime, zoneTime } from './format.js';
import { orderBadge, customerBadge, attachmentChip, statementList, sourceBadge } from './badges.js';
import { markedText } from './marks.js';
import { messageUrl, searchUrl } from './router.js';

export async function showMessage(view, id, params) {
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  try {
    const [m, names] = await Promise.all([get(`/api/v1/messages/${enc(id)}`), customerNames()]);
    const thread = m.threadId ? await get(`/api/v1/threads/${enc(m.threadId)}`).catch(() => null) : null;
    const q = params.get('q');
    if (!mine()) return;
    view.replaceChildren(el('article', { class: 'message', id: 'message', 'data-id': m.id },
      q !== null ? appLink(searchUrl({ q, sort: params.get('sort') || 'relevance', offset: +params.get('offset') || 0 }), { class: 'back' }, t('back')) : null,
      el('h1', { dir: 'auto' }, sourceBadge(m.source), m.source === 'whatsapp' ? ' ' : null, m.subject || t('noSubject')),
      headers(m, names),
      m.chat ? el('details', { class: 'chat-lines', id: 'chat-lines' }, el('summary', {}, t('asExported')),
        el('pre', { dir: 'auto' }, m.chat.lines)) : null,
      m.warnings.length ? el('p', { class: 'warn' }, `${t('warnings')}: ${m.warnings.map((w) => w.code).join(', ')}`) : null,
      m.attachments.length ? el('div', { class: 'chips', id: 'attachments' }, m.attachments.map((a) =>
        attachmentChip(m.id, { ...a, name: `${a.name || a.contentType} (${size(a.size)})` }))) : null,
      body(m),
      m.clauses.length ? clauseList(m.clauses) : null,
      thread && thread.size > 1 ? el('section', { class: 'thread', id: 'thread' },
        el('h2', {}, `${t('thread')} (${thread.size})`), threadList(thread.messages, m.id)) : null));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(errorBox(e.status === 404 ? t('notFound') : t('error'), e));
  }
}

function headers(m, names) {
  const raw = `/api/v1/messages/${enc(m.id)}/raw`;
  const row = (label, ...value) => [el('dt', {}, label), el('dd', { dir: 'auto' }, ...value)];
  return el('dl', { class: 'headers' },
    row(t('from'), who(m.from)),
    m.to.length ? row(t('to'), m.to.map(who).join(', ')) : null,
    m.cc.length ? row(t('cc'), m.cc.map(who).join(', ')) : null,
    row(t('date'), el('span', { class: 'sender-time' }, senderTime(m.date)),
      m.chat ? el('span', { class: 'muted' }, ` (${t('phoneTime', m.chat.zone, m.chat.zoneSource)})`) : null,
      m.dateUtc ? el('span', { class: 'viewer-time muted' }, ` · ${zoneTime(m.dateUtc)} ${t('yourTime')}`) : null),
    m.chat ? row(t('chat'), t('chatLines', `${m.chat.chat} (${m.chat.file})`,
      m.chat.firstLine === m.chat.lastLine ? m.chat.firstLine : `${m.chat.firstLine}–${m.chat.lastLine}`)) : null,
    row(t('folders'), m.folders.join(', ')),
    m.orders.length ? row(t('orders'), el('span', { class: 'badges' }, m.orders.map(orderBadge))) : null,
    m.customers.length ? row(t('customers'), el('span', { class: 'badges' }, m.customers.map((c) => customerBadge(c, names)))) : null,
    row(t('originals'), m.originals.map((o) => el('div', { class: 'original' },
      el('a', { href: `${raw}?sha256=${o.sha256}`, class: 'raw-link', target: '_blank', rel: 'noopener' }, t(m.chat ? 'downloadExport' : 'original')),
      ` (${size(o.size)}) `, el('code', { class: 'sha' }, o.sha256)))));
}

/** Text by default (marks need it); the HTML view, when there is one, loads into a frame that can run nothing. */
function body(m) {
  const text = el('div', { class: 'body', id: 'body-text', dir: 'auto', lang: m.lang || null }, markedText(m.body, m.orders, m.clauses));
  if (!m.hasHtml) return text;
  const box = el('section', { class: 'body-box' });
  const show = (html) => {
    textButton.setAttribute('aria-pressed', String(!html));
    htmlButton.setAttribute('aria-pressed', String(html));
    box.replaceChildren(html ? htmlFrame(m) : text);
  };
  const textButton = el('button', { type: 'button', id: 'show-text', 'aria-pressed': 'true', onclick: () => show(false) }, t('asText'));
  const htmlButton = el('button', { type: 'button', id: 'show-html', 'aria-pressed': 'false', onclick: () => show(true) }, t('asHtml'));
  box.append(text);
  return el('div', {}, el('div', { class: 'toggle', role: 'group' }, textButton, htmlButton), box);
}

function htmlFrame(m) {
  // No allow-scripts: nothing in the mail can run. Same origin only so this page can read the height;
  // popups may escape the sandbox so a link in the mail opens normally in a new tab.
  const frame = el('iframe', { class: 'html-body', id: 'html-frame', title: m.subject || t('asHtml'),
    sandbox: 'allow-same-origin allow-popups allow-popups-to-escape-sandbox', referrerpolicy: 'no-referrer',
    src: `/api/v1/messages/${enc(m.id)}/html` });
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument;
    if (doc && doc.documentElement) frame.style.height = `${Math.min(doc.documentElement.scrollHeight + 4, 4000)}px`;
  });
  return el('div', {}, el('p', { class: 'muted note' }, t('htmlNote')), frame);
}

function clauseList(clauses) {
  return el('section', { class: 'clauses', id: 'clauses' }, el('h2', {}, t('clauseStatements')), statementList(clauses, 400));
}

function threadList(nodes, current) {
  return el('ul', {}, nodes.map((n) => el('li', {},
    n.id === current
      ? el('span', { class: 'current', 'aria-current': 'page', dir: 'auto' }, line(n))
      : appLink(messageUrl(n.id), { dir: 'auto' }, line(n)),
    n.replies.length ? threadList(n.replies, current) : null)));
}

const line = (n) => `${senderTime(n.date)} — ${n.from.name || n.from.address} — ${n.subject || t('noSubject')}`;
