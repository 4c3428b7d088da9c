// Marks a message's order numbers and clause sentences in its text, as text nodes inside <mark>s.
import { el } from './dom.js';
import { clauseLabel, t } from './i18n.js';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every spelling of an order: the API compares numbers by a folded key (case and separators
 * ignored), so HD20240117 also stands for HD-2024-0117 and "hd 2024 0117". Latin letters or digits
 * right before or after mean a longer code, not this one; Chinese labels may touch the number (订单号HD…).
 */
function orderPattern(key) {
  const chars = [...key].map(escape).join('[\\s\\-_/.]{0,2}');
  return new RegExp(`(?<![A-Za-z0-9])${chars}(?![A-Za-z0-9])`, 'giu');
}

/** Where a sentence stands in the text: as written, or with its line breaks and spaces laid out differently. */
function sentenceRange(text, sentence, from = 0) {
  const at = text.indexOf(sentence, from);
  if (at >= 0) return [at, at + sentence.length];
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const re = new RegExp(words.map(escape).join('\\s+'), 'gu');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * The ranges to mark: clause sentences stated in the body (several clauses of one sentence share a
 * mark; the first place a sentence stands is the message's own text, later ones are quotes) and
 * order numbers. Clause ranges never overlap; order ranges may fall inside them.
 */
export function findMarks(text, orders, clauses) {
  const bySentence = new Map();
  for (const c of clauses || []) {
    if (c.where !== 'body' || !c.sentence) continue;
    if (!bySentence.has(c.sentence)) bySentence.set(c.sentence, []);
    bySentence.get(c.sentence).push(c);
  }
  const sentences = [];
  for (const [sentence, items] of bySentence) {
    const range = sentenceRange(text, sentence);
    if (range && !sentences.some((s) => range[0] < s.end && s.start < range[1])) sentences.push({ start: range[0], end: range[1], items });
  }
  sentences.sort((a, b) => a.start - b.start);
  const numbers = [];
  for (const o of orders || []) {
    for (const m of text.matchAll(orderPattern(o.key))) {
      const range = { start: m.index, end: m.index + m[0].length, order: o };
      const straddles = sentences.some((s) => range.start < s.end && s.start < range.end && (range.start < s.start || range.end > s.end));
      if (!straddles && !numbers.some((n) => range.start < n.end && n.start < range.end)) numbers.push(range);
    }
  }
  numbers.sort((a, b) => a.start - b.start);
  return { sentences, numbers };
}

/** The text as a fragment with the marks of findMarks; the marked clauses are listed in titles. */
export function markedText(text, orders, clauses) {
  const { sentences, numbers } = findMarks(text, orders, clauses);
  const out = document.createDocumentFragment();
  const withNumbers = (target, start, end) => {
    let at = start;
    for (const n of numbers) {
      if (n.start < start || n.end > end) continue;
      if (n.start > at) target.append(text.slice(at, n.start));
      target.append(el('mark', { class: 'm-order', 'data-order': n.order.key, title: `${t('order')} ${n.order.number}` }, text.slice(n.start, n.end)));
      at = n.end;
    }
    if (at < end) target.append(text.slice(at, end));
  };
  let at = 0;
  for (const s of sentences) {
    withNumbers(out, at, s.start);
    const mark = el('mark', { class: 'm-clause', 'data-clauses': s.items.map((c) => c.type).join(' '),
      title: s.items.map((c) => `${clauseLabel(c.type)}: ${c.value}`).join('\n') });
    withNumbers(mark, s.start, s.end);
    out.append(mark);
    at = s.end;
  }
  withNumbers(out, at, text.length);
  return out;
}
