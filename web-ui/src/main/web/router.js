// Where the app is, from the URL alone, so every view can be bookmarked and shared:
//   /?q=…&sort=…&offset=…      search (the query string is the search state)
//   /?q=…#/message/ID          a message, with the search it was opened from kept for "back"
//   /#/order/NUMBER  /#/orders  an order's evidence; every order
//   /#/customer/ID   /#/customers
//   /#/unconfirmed             chat agreements no email has confirmed
//   /#/audit/FILTERS           the audit log (FILTERS: actor=…&action=…, encoded as one segment)
const enc = encodeURIComponent;
let handler = () => {};
let shown = null;

function render() {
  shown = location.href;
  handler();
}

export function start(routeHandler) {
  handler = routeHandler;
  // A changed fragment fires both popstate and hashchange: show each URL once.
  const changed = () => { if (location.href !== shown) render(); };
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
  render();
}

export function navigate(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', href); else history.pushState(null, '', href);
  // A new view starts at its top; going back (popstate) keeps the browser's own scroll restoration.
  window.scrollTo(0, 0);
  render();
}

export function refresh() {
  render();
}

/** The current view: { page, id?, params }. */
export function current() {
  const params = new URLSearchParams(location.search);
  const m = /^#\/(message|order|customer|orders|customers|unconfirmed|audit)(?:\/(.+))?$/.exec(location.hash);
  if (!m) return { page: 'search', params };
  return { page: m[1], id: m[2] === undefined ? undefined : decodeURIComponent(m[2]), params };
}

export function searchUrl({ q = '', sort = 'relevance', offset = 0 } = {}) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (sort && sort !== 'relevance') p.set('sort', sort);
  if (offset > 0) p.set('offset', String(offset));
  const s = p.toString();
  return s ? `/?${s}` : '/';
}

export const messageUrl = (id) => `${location.pathname}${location.search}#/message/${enc(id)}`;
export const orderUrl = (number) => `/#/order/${enc(number)}`;
export const customerUrl = (id) => `/#/customer/${enc(id)}`;
export const auditUrl = (filters) => (filters ? `/#/audit/${enc(filters)}` : '/#/audit');
