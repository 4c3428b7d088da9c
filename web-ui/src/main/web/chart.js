// Messages per month as an inline SVG bar chart; months without mail are drawn as empty slots.
import { svg } from './dom.js';
import { t } from './i18n.js';

/** Every month from the first to the last of the activity, with 0 where no mail was exchanged. */
export function monthSeries(activity) {
  const counts = new Map((activity || []).map((a) => [a.month, a.messages]));
  const months = [...counts.keys()].sort();
  if (!months.length) return [];
  const out = [];
  let [y, m] = months[0].split('-').map(Number);
  const [ly, lm] = months[months.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, messages: counts.get(key) || 0 });
    if (++m > 12) { m = 1; y += 1; }
  }
  return out;
}

export function activityChart(activity) {
  const series = monthSeries(activity);
  const slot = 40, top = 16, plot = 100, bottom = 30;
  const width = Math.max(series.length * slot, slot);
  const max = Math.max(1, ...series.map((s) => s.messages));
  return svg('svg', { class: 'chart', id: 'activity-chart', viewBox: `0 0 ${width} ${top + plot + bottom}`, width, height: top + plot + bottom,
    role: 'img', 'aria-label': t('activity') },
  svg('line', { x1: 0, x2: width, y1: top + plot + 0.5, y2: top + plot + 0.5, class: 'axis' }),
  series.map((s, i) => {
    const h = Math.round((s.messages / max) * plot);
    const x = i * slot;
    const [year, month] = s.month.split('-');
    return svg('g', { class: 'bar', 'data-month': s.month, 'data-messages': s.messages },
      svg('title', {}, t('monthMessages', s.month, s.messages)),
      svg('rect', { x: x + 6, y: top + plot - h, width: slot - 12, height: Math.max(h, s.messages ? 1 : 0), rx: 2 }),
      s.messages ? svg('text', { x: x + slot / 2, y: top + plot - h - 4, 'text-anchor': 'middle', class: 'count' }, s.messages) : null,
      svg('text', { x: x + slot / 2, y: top + plot + 13, 'text-anchor': 'middle' }, month),
      i === 0 || month === '01' ? svg('text', { x: x + slot / 2, y: top + plot + 26, 'text-anchor': 'middle', class: 'year' }, year) : null);
  }));
}
