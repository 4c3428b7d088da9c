// The clause history of an order as a table: per term, each value in the order it was first stated,
// who proposed it and who confirmed it.

const norm = (v) => String(v).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The side a statement comes from: the sender's customer, or the company. (A chat sender has no mail
 * address; the archive says whose side each sender is on.) Without that, a mail domain stands for a party.
 */
const party = (entry) => (entry.fromCustomer !== undefined ? entry.fromCustomer || 'company'
  : String(entry.from.address || '').toLowerCase().split('@').pop());

/**
 * Rows of { type, value, proposed, confirmed, statements } from the API's clauseHistory
 * ({ type: [entries in time order] }). The proposer is the first sender of a value; the confirmation
 * is the first later statement of the same value by the other party, in an email: a chat message states a
 * term, it does not confirm one (the order page checks chat terms against later email on its own).
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
      if (!row.confirmed && entry.source !== 'whatsapp' && party(entry) !== party(row.proposed)) row.confirmed = entry;
    }
    rows.push(...byValue.values());
  }
  return rows;
}
