// An order's evidence: the parties and their clocks, the clause history, the terms agreed in chat with
// their confirmation by email, the timeline of messages, chat messages and attachments, and the
// evidence bundle export. Also the list of every order.
import { get, post, enc, customerNames } from './api.js';
import { el, appLink, loading, errorBox, claim } from './dom.js';
import { t, clauseLabel } from './i18n.js';
import { senderTime, zoneDay, nowIn, shortWho, who } from './format.js';
import { customerBadge, attachmentChip, orderBadge, statementList, sourceBadge, agreementStatus, clauseBadge } from './badges.js';
import { clauseRows } from './clauses.js';
import { messageUrl, searchUrl, customerUrl } from './router.js';

export async function showOrder(view, number) {
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  try {
    const ev = await get(`/api/v1/orders/${enc(number)}/evidence`);
    const zones = new Map(ev.customers.map((c) => [c.id, c.timeZone]));
    if (!mine()) return;
    view.replaceChildren(el('article', { class: 'evidence', id: 'evidence', 'data-order': ev.key },
      el('header', { class: 'page-head' },
        el('h1', {}, t('evidenceTitle', ev.order)),
        el('p', { class: 'muted' }, `${ev.key} · ${t('messageCount', ev.items.length)} · `,
          appLink(searchUrl({ q: `order:${ev.key}` }), {}, t('search'))),
        exportControl(ev.order)),
      parties(ev),
      history(ev.clauseHistory),
      chatAgreements(ev.chatAgreements),
      el('section', { id: 'timeline' }, el('h2', {}, t('timeline')),
        el('ol', { class: 'timeline' }, ev.items.map((item) => timelineItem(item, zones, ev.companyTimeZone, ev.chatAgreements))))));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(errorBox(e.status === 404 ? t('notFound') : t('error'), e));
  }
}

function parties(ev) {
  const card = (name, zone, extra) => el('li', { class: 'party', 'data-zone': zone || '' }, name,
    el('span', { class: 'muted' }, ` ${zone || '?'}`), zone ? el('span', { class: 'clock' }, ` · ${t('localNow', nowIn(zone))}`) : null, extra);
  return el('section', { class: 'parties', id: 'parties' }, el('h2', {}, t('parties')), el('ul', {},
    ev.customers.map((c) => card(appLink(customerUrl(c.id), { 'data-customer': c.id }, c.name), c.timeZone,
      el('span', { class: 'muted' }, ` · ${t('messageCount', c.messages)}`))),
    card(el('strong', {}, t('companyTime')), ev.companyTimeZone, null)));
}

/** Term → value over time: who first stated a value and who on the other side stated it back. */
function history(clauseHistory) {
  const rows = clauseRows(clauseHistory);
  if (!rows.length) return el('section', { id: 'clause-history' }, el('h2', {}, t('clauseHistory')), el('p', { class: 'muted' }, t('noClauses')));
  const stated = (entry) => entry
    ? appLink(messageUrl(entry.id), { class: 'who', title: `${who(entry.from)}\n${entry.sentence}` },
      shortWho(entry.from), el('span', { class: 'muted' }, ` ${senderTime(entry.date).slice(0, 10)}`))
    : el('span', { class: 'muted' }, t('notConfirmed'));
  const body = [];
  let lastType = null;
  for (const row of rows) {
    const first = row.type !== lastType;
    lastType = row.type;
    body.push(el('tr', { 'data-type': row.type, class: (first ? 'first ' : '') + (row.confirmed ? 'agreed' : '') },
      el('th', { scope: 'row' }, first ? clauseLabel(row.type) : ''),
      el('td', { class: 'value', dir: 'auto' }, row.value),
      el('td', { class: 'proposed' }, stated(row.proposed)),
      el('td', { class: 'confirmed' }, stated(row.confirmed)),
      el('td', { class: 'num' }, row.statements)));
  }
  return el('section', { id: 'clause-history' }, el('h2', {}, t('clauseHistory')), el('div', { class: 'scroll' },
    el('table', { class: 'grid clause-table' },
      el('thead', {}, el('tr', {}, [t('term'), t('value'), t('proposed'), t('confirmed'), t('statements')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, body))));
}

/** Each term stated in chat, when and by whom, and the later email that confirms it, or a warning that none has. */
function chatAgreements(agreements) {
  if (!agreements || !agreements.length) return null;
  return el('section', { id: 'chat-agreements' }, el('h2', {}, t('chatAgreements')),
    el('p', { class: 'muted' }, t('chatAgreementsHint')),
    el('div', { class: 'scroll' }, el('table', { class: 'grid agreements' },
      el('thead', {}, el('tr', {}, [t('when'), t('who'), t('term'), t('value'), t('status')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, agreements.map((a) => el('tr', { class: a.status, 'data-status': a.status, 'data-id': a.id, 'data-type': a.type },
        el('td', { class: 'when' }, senderTime(a.date).slice(0, 16)),
        el('td', {}, appLink(messageUrl(a.id), { class: 'who', title: a.sentence, dir: 'auto' }, shortWho(a.from)),
          el('span', { class: 'muted' }, ` · ${t('whatsapp')} ${a.chat}`)),
        el('th', { scope: 'row' }, clauseLabel(a.type)),
        el('td', { class: 'value', dir: 'auto' }, a.value),
        el('td', {}, agreementStatus(a))))))));
}

function timelineItem(item, zones, companyZone, agreements) {
  const zone = item.customers.map((c) => zones.get(c)).find(Boolean);
  const chat = item.source === 'whatsapp';
  const mine = chat ? (agreements || []).filter((a) => a.id === item.id) : [];
  return el('li', { class: 'item' + (item.viaThread ? ' via-thread' : '') + (chat ? ' chat' : ''), 'data-id': item.id, 'data-utc': item.dateUtc || '',
    'data-source': item.source },
    el('div', { class: 'when' },
      el('div', { class: 'customer-time', title: zone || '' }, senderTime(item.customerLocalDate).slice(0, 16), ' ',
        el('small', { class: 'muted' }, `${t('customerTime')}${zone ? ` (${zone})` : ''}`)),
      el('div', { class: 'company-time', title: companyZone || '' }, senderTime(item.companyLocalDate).slice(0, 16), ' ',
        el('small', { class: 'muted' }, t('companyTime')))),
    el('div', { class: 'what' },
      el('div', { class: 'meta' }, sourceBadge(item.source), el('span', { dir: 'auto' }, who(item.from)),
        item.viaThread ? el('span', { class: 'badge via', title: t('viaThreadHint') }, t('viaThread')) : null),
      appLink(messageUrl(item.id), { class: 'subject', dir: 'auto' }, chat && item.chat
        ? t('chatLines', item.subject || t('whatsapp'), item.chat.firstLine === item.chat.lastLine ? item.chat.firstLine : `${item.chat.firstLine}–${item.chat.lastLine}`)
        : item.subject || t('noSubject')),
      item.excerpt ? el('p', { class: 'excerpt', dir: 'auto' }, item.excerpt) : null,
      item.clauses.length ? statementList(item.clauses, 240) : null,
      mine.length ? el('ul', { class: 'agreement-marks' }, mine.map((a) => el('li', { 'data-status': a.status, 'data-type': a.type },
        clauseBadge(a.type, a.value), ' ', agreementStatus(a)))) : null,
      item.attachments.length ? el('div', { class: 'chips' }, item.attachments.map((a) => attachmentChip(item.id, a))) : null,
      el('div', { class: 'sha', title: 'SHA-256' }, item.sha256)));
}

/** POST /api/v1/exports, then download GET /api/v1/exports/{id}; a failed POST shows the API's detail. */
function exportControl(order) {
  const status = el('span', { id: 'export-status', role: 'status' });
  const button = el('button', { type: 'button', id: 'export', class: 'primary', onclick: async () => {
    button.disabled = true;
    status.dataset.state = 'working';
    status.replaceChildren(t('exporting'));
    try {
      const created = await post('/api/v1/exports', { order });
      const url = `/api/v1/exports/${enc(created.id)}`;
      const link = el('a', { href: url, id: 'export-link', download: '' }, t('exportReady'));
      status.replaceChildren(link);
      status.dataset.state = 'done';
      link.click();
    } catch (e) {
      status.replaceChildren(errorBox(t('exportFailed'), e, 'export-error'));
      status.dataset.state = 'error';
    } finally {
      button.disabled = false;
    }
  } }, t('exportBundle'));
  return el('div', { class: 'actions' }, button, ' ', status);
}

export async function showOrders(view) {
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  try {
    const [r, names] = await Promise.all([get('/api/v1/orders?limit=1000'), customerNames()]);
    if (!mine()) return;
    view.replaceChildren(el('article', { id: 'orders' }, el('h1', {}, t('allOrders')), el('div', { class: 'scroll' },
      el('table', { class: 'grid' },
        el('thead', {}, el('tr', {}, [t('order'), t('customers'), t('messages'), t('first'), t('last')].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, r.orders.map((o) => el('tr', { 'data-order': o.key },
          el('td', {}, orderBadge({ number: o.order, key: o.key })),
          el('td', {}, o.customers.map((c) => customerBadge(c, names))),
          el('td', { class: 'num' }, o.messages),
          el('td', {}, zoneDay(o.first)), el('td', {}, zoneDay(o.last)))))))));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(errorBox(t('error'), e));
  }
}
