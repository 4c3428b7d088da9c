// A customer: time zone and clock, first and last contact, activity per month, orders. Also the list.
import { get, enc } from './api.js';
import { el, appLink, loading, errorBox, claim } from './dom.js';
import { t } from './i18n.js';
import { zoneDay, zoneTime, nowIn } from './format.js';
import { orderBadge } from './badges.js';
import { activityChart } from './chart.js';
import { searchUrl, customerUrl } from './router.js';

export async function showCustomer(view, id) {
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  try {
    const c = await get(`/api/v1/customers/${enc(id)}`);
    const zone = c.timeZone;
    // Contacts are instants: shown on the customer's own calendar, the viewer's clock in the tooltip.
    const contact = (iso) => el('time', { datetime: iso || '', title: iso ? `${zoneTime(iso)} (${t('yourTime')})` : '' }, iso ? zoneDay(iso, zone || 'UTC') : '—');
    if (!mine()) return;
    view.replaceChildren(el('article', { class: 'customer', id: 'customer', 'data-customer': c.id },
      el('header', { class: 'page-head' }, el('h1', { dir: 'auto' }, c.name),
        el('p', { class: 'muted' }, c.id, ' · ', appLink(searchUrl({ q: `customer:${c.id}` }), { id: 'customer-search' }, t('searchCustomer')))),
      el('dl', { class: 'facts' },
        el('dt', {}, t('timeZone')), el('dd', { id: 'customer-zone' }, zone || '—', zone ? el('span', { class: 'muted' }, ` · ${t('localNow', nowIn(zone))}`) : null),
        el('dt', {}, t('firstContact')), el('dd', { id: 'first-contact' }, contact(c.firstContact)),
        el('dt', {}, t('lastContact')), el('dd', { id: 'last-contact' }, contact(c.lastContact)),
        el('dt', {}, t('messages')), el('dd', {}, c.messages)),
      el('section', {}, el('h2', {}, t('activity')), el('div', { class: 'scroll' }, activityChart(c.activity))),
      el('section', { id: 'customer-orders' }, el('h2', {}, t('orders')),
        c.orders.length ? el('div', { class: 'scroll' }, el('table', { class: 'grid' },
          el('thead', {}, el('tr', {}, [t('order'), t('messages'), t('first'), t('last')].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, c.orders.map((o) => el('tr', { 'data-order': o.key },
            el('td', {}, orderBadge({ number: o.order, key: o.key })), el('td', { class: 'num' }, o.messages),
            el('td', {}, zoneDay(o.first, zone || 'UTC')), el('td', {}, zoneDay(o.last, zone || 'UTC')))))))
          : el('p', { class: 'muted' }, t('noOrders')))));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(errorBox(e.status === 404 ? t('notFound') : t('error'), e));
  }
}

export async function showCustomers(view) {
  view.replaceChildren(loading(t('loading')));
  const mine = claim(view);
  try {
    const r = await get('/api/v1/customers');
    if (!mine()) return;
    view.replaceChildren(el('article', { id: 'customers' }, el('h1', {}, t('allCustomers')), el('div', { class: 'scroll' },
      el('table', { class: 'grid' },
        el('thead', {}, el('tr', {}, [t('name'), t('timeZone'), t('messages'), t('orders'), t('firstContact'), t('lastContact')]
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, r.customers.map((c) => el('tr', { 'data-customer': c.id },
          el('td', {}, appLink(customerUrl(c.id), { dir: 'auto' }, c.name)), el('td', {}, c.timeZone || '—'),
          el('td', { class: 'num' }, c.messages), el('td', { class: 'num' }, c.orders.length),
          el('td', {}, zoneDay(c.firstContact, c.timeZone || 'UTC')), el('td', {}, zoneDay(c.lastContact, c.timeZone || 'UTC')))))))));
  } catch (e) {
    if (!mine()) return;
    view.replaceChildren(errorBox(t('error'), e));
  }
}
