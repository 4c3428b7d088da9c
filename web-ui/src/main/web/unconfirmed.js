// Every term agreed in chat that no email has confirmed yet, across orders, oldest first: the list a rep
// works through, sending each confirmation email.
import { get, customerNames } from './api.js';
import { el, appLink, loading, errorBox, claim } from './dom.js';
import { t, clauseLabel } from './i18n.js';
import { senderTime, shortWho, clip } from './format.js';
import { orderBadge, customerBadge } from './badges.js';
import { messageUrl } from './router.js';

export async function showUnconfirmed(view) {
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  try {
    const [r, names] = await Promise.all([get('/api/v1/unconfirmed'), customerNames()]);
    if (!mine()) return;
    const head = el('header', { class: 'page-head' }, el('h1', {}, t('unconfirmedTitle')), el('p', { class: 'muted', id: 'open-count' }, t('openCount', r.total)));
    if (!r.agreements.length) {
      view.replaceChildren(el('article', { id: 'unconfirmed' }, head, el('div', { class: 'empty', id: 'none-open' }, el('p', {}, t('noneOpen')))));
      return;
    }
    view.replaceChildren(el('article', { id: 'unconfirmed' }, head, el('p', { class: 'muted' }, t('unconfirmedHint')),
      el('div', { class: 'scroll' }, el('table', { class: 'grid agreements' },
        el('thead', {}, el('tr', {}, [t('when'), t('who'), t('order'), t('term'), t('value')].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, r.agreements.map((a) => el('tr', { class: 'unconfirmed', 'data-id': a.id, 'data-type': a.type },
          el('td', { class: 'when' }, senderTime(a.date).slice(0, 16)),
          el('td', {}, appLink(messageUrl(a.id), { class: 'who', dir: 'auto' }, shortWho(a.from)),
            el('div', { class: 'muted', dir: 'auto' }, `${t('whatsapp')} · ${a.chat}`),
            a.customers.length ? el('div', {}, a.customers.map((c) => customerBadge(c, names))) : null),
          el('td', {}, a.orders.map((o) => orderBadge({ number: o.order, key: o.key }))),
          el('th', { scope: 'row' }, clauseLabel(a.type)),
          el('td', { class: 'value', dir: 'auto' }, a.value, el('div', { class: 'muted' }, el('q', { dir: 'auto', title: a.sentence }, clip(a.sentence, 160)))))))))));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(errorBox(t('error'), e));
  }
}
