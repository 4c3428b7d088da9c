// Dates, people and sizes. A mail date is shown on the sender's clock (the offset it was written
// with) and on another clock (the viewer's, the customer's or the company's), never only in UTC.
import { locale } from './i18n.js';

/** "2024-02-29 16:40 +01:00": the ISO string's own wall time and offset, as the sender wrote it. */
export function senderTime(iso) {
  if (!iso) return '';
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d)?(Z|[+-]\d\d:\d\d)$/.exec(iso);
  return m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : iso;
}

export function viewerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "2024-02-29 23:40" in the given IANA zone (the viewer's when none is given). */
export function zoneTime(iso, zone) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone || viewerZone(), year: 'numeric',
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The day only, in a zone: first and last contact. */
export function zoneDay(iso, zone) {
  return zoneTime(iso, zone).slice(0, 10);
}

/** The clock in a zone right now, with the weekday: "Tue 10:32". */
export function nowIn(zone) {
  return new Intl.DateTimeFormat(locale(), { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date());
}

export function who(a) {
  if (!a) return '';
  if (!a.address) return a.name || '';
  return a.name && a.name !== a.address ? `${a.name} <${a.address}>` : a.address;
}

export function shortWho(a) {
  return a ? a.name || a.address : '';
}

export function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Long text cut at a word near max characters (attachment sentences can be whole tables). */
export function clip(text, max = 240) {
  const s = String(text || '');
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max * 0.6 ? cut : max)} …`;
}
