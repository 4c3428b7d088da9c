// Docket web UI: plain ES modules over the public JSON API (/api/v1). This module wires the page
// header (search box, help, language) and shows the view the URL names; each page is its own module.
import { t, setLang, currentLang, OPERATORS } from './i18n.js';
import { el } from './dom.js';
import { start, navigate, refresh, current, searchUrl } from './router.js';
import { showSearch } from './search.js';
import { showMessage } from './message.js';
import { showOrder, showOrders } from './order.js';
import { showCustomer, showCustomers } from './customer.js';
import { del, whenSignedOut } from './api.js';
import { whoAmI, showSignIn } from './signin.js';
import { showUnconfirmed } from './unconfirmed.js';
import { showAudit } from './audit.js';

const $ = (sel) => document.querySelector(sel);

function route() {
  const { page, id, params } = current();
  $('#q').value = params.get('q') || '';
  $('#sort').value = params.get('sort') || 'relevance';
  const view = $('#view');
  const facets = $('#facets');
  // Facets belong to a result list; the other pages use the whole width.
  document.body.dataset.page = page;
  if (page !== 'search') facets.replaceChildren();
  if (page === 'search') showSearch(view, facets, params);
  else if (page === 'message') showMessage(view, id, params);
  else if (page === 'order') showOrder(view, id);
  else if (page === 'orders') showOrders(view);
  else if (page === 'customer') showCustomer(view, id);
  else if (page === 'unconfirmed') showUnconfirmed(view);
  else if (page === 'audit') showAudit(view, id);
  else showCustomers(view);
}

function applyLanguage() {
  document.documentElement.lang = currentLang() === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  $('#help-rows').replaceChildren(...OPERATORS.map(([example, meaning]) => el('tr', {},
    el('td', {}, el('button', { type: 'button', class: 'example', onclick: () => useExample(example) }, el('code', {}, example))),
    el('td', {}, meaning[currentLang()]))));
}

function useExample(example) {
  $('#q').value = example;
  toggleHelp(false);
  $('#q').focus();
}

function toggleHelp(open) {
  const help = $('#help');
  help.hidden = !open;
  $('#help-toggle').setAttribute('aria-expanded', String(open));
}

$('#search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  toggleHelp(false);
  navigate(searchUrl({ q: $('#q').value.trim(), sort: $('#sort').value }));
});
$('#sort').addEventListener('change', () => $('#search-form').requestSubmit());
$('#help-toggle').addEventListener('click', () => toggleHelp($('#help').hidden));
$('#help-close').addEventListener('click', () => toggleHelp(false));
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('#help').hidden) toggleHelp(false); });
document.addEventListener('click', (e) => {
  if (!$('#help').hidden && !e.target.closest('#help, #help-toggle')) toggleHelp(false);
});
for (const link of document.querySelectorAll('.nav a, a.brand')) {
  link.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(link.getAttribute('href'));
  });
}
$('#lang-toggle').addEventListener('click', () => {
  setLang(currentLang() === 'zh' ? 'en' : 'zh');
  applyLanguage();
  if (document.body.dataset.page !== 'signin') refresh();
});

async function signedIn(me) {
  // Reps may not export or read the audit log: the server refuses, and the page does not offer what would be refused.
  document.body.dataset.role = me.role;
  const who = $('#whoami');
  who.textContent = t('signedInAs', me.user, me.role);
  who.hidden = false;
  $('#sign-out').hidden = false;
}

$('#sign-out').addEventListener('click', async () => {
  await del('/api/v1/session').catch(() => {});
  location.reload();
});

// A session that ends while the page is open (idle timeout, user removed) brings the form back.
whenSignedOut(() => { if (document.body.dataset.page !== 'signin') location.reload(); });

async function boot() {
  applyLanguage();
  let me = await whoAmI().catch(() => null);
  if (!me) me = await showSignIn($('#view'));
  await signedIn(me);
  start(route);
}

boot();
