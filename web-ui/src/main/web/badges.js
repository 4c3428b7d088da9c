// Small labelled links shared by the pages: orders lead to their evidence, customers to their page.
import { el, appLink } from './dom.js';
import { clauseLabel, t } from './i18n.js';
import { orderUrl, customerUrl, messageUrl } from './router.js';
import { clip, senderTime } from './format.js';

export function orderBadge(order) {
  return appLink(orderUrl(order.number), { class: 'badge order', 'data-order': order.key, title: `${t('order')} ${order.number}` }, order.number);
}

export function clauseBadge(type, value) {
  return el('span', { class: `badge clause c-${type}`, 'data-clause': type }, value ? `${clauseLabel(type)}: ${value}` : clauseLabel(type));
}

export function customerBadge(id, names) {
  return appLink(customerUrl(id), { class: 'badge customer', 'data-customer': id }, (names && names.get(id)) || id);
}

export function attachmentChip(messageId, a) {
  return el('a', { class: 'chip' + (a.matched ? ' matched' : ''), href: `/api/v1/messages/${encodeURIComponent(messageId)}/attachments/${a.index}`,
    download: a.name || true, title: `${a.contentType}${a.sha256 ? `\nSHA-256 ${a.sha256}` : ''}`, dir: 'auto' }, a.name || a.contentType);
}

/** Clause statements grouped by sentence: the badge of every clause a sentence states, then the sentence once. */
export function statementList(clauses, max) {
  const groups = new Map();
  for (const c of clauses) {
    const key = `${c.where}\u0000${c.sentence}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  return el('ul', { class: 'statements' }, [...groups.values()].map((cs) => el('li', {},
    cs.map((c) => [clauseBadge(c.type, c.value), ' ']),
    el('q', { dir: 'auto', title: cs[0].sentence }, clip(cs[0].sentence, max)),
    cs[0].where === 'body' ? null : el('span', { class: 'muted' }, ` (${cs[0].where.startsWith('attachment') ? t('inAttachment') : cs[0].where})`))));
}

/** Marks an item that came from a WhatsApp export, not from mail. */
export function sourceBadge(source) {
  return source === 'whatsapp' ? el('span', { class: 'badge whatsapp', 'data-source': source }, t('whatsapp')) : null;
}

/** A chat agreement's confirmation: a link to the confirming email, or the warning that none has come. */
export function agreementStatus(a) {
  if (a.status === 'confirmed') {
    return el('span', { class: 'status confirmed', 'data-status': 'confirmed' }, '✓ ', t('statusConfirmed'), ' ',
      appLink(messageUrl(a.confirmedBy.id), { class: 'confirming', dir: 'auto', title: a.confirmedBy.sentence },
        `${senderTime(a.confirmedBy.date).slice(0, 16)} ${a.confirmedBy.subject}`));
  }
  return el('span', { class: 'status unconfirmed', 'data-status': 'unconfirmed' }, '⚠ ', t('statusUnconfirmed'));
}
