// The clause history of an order as a table: per term, each value in the order it was first stated,
// who proposed it and who confirmed it.

const norm = (v) => String(v).toLowerCase().replace(/\s+/g, ' ').trim();

/** A mail domain stands for a party: our staff share one, each customer or supplier has its own. */
const party = (address) => String(address || '').toLowerCase().split('@').pop();

/**
 * Rows of { type, value, proposed, confirmed, statements } from the API's clauseHistory
 * ({ type: [entries in time order] }). The proposer is the first sender of a value; the confirmation
 * is the first later statement of the same value by the other party (another mail domain).
 */
export function clauseRows(history) {
  const rows = [];
  for (const [type, entries] of Object.entries(history || {})) {
    const sorted = [...entries].sort((a, b) => Date.parse(a.dateUtc || a.date) - Date.parse(b.dateUtc || b.date));
    const byValue = new Map();
    for (const entry of sorted) {
      const key = norm(entry.value);
      const row = byValue.get(key);
      if (!row) {
        byValue.set(key, { type, value: entry.value, proposed: entry, confirmed: null, statements: 1 });
        continue;
      }
      row.statements += 1;
      if (!row.confirmed && party(entry.from.address) !== party(row.proposed.from.address)) row.confirmed = entry;
    }
    rows.push(...byValue.values());
  }
  return rows;
}
