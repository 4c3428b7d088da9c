// Sign-in: the session cookie is HttpOnly, so the page only learns who it is from GET /api/v1/session
// and keeps the CSRF token it returns for state-changing calls.
import { t } from './i18n.js';
import { el } from './dom.js';
import { setCsrfToken, ApiError } from './api.js';

/** Who is signed in, or null. */
export async function whoAmI() {
  const res = await fetch('/api/v1/session', { headers: { Accept: 'application/json' } });
  if (res.status === 401) return null;
  if (!res.ok) throw new ApiError(res.status, 'error', `HTTP ${res.status}`);
  const me = await res.json();
  setCsrfToken(me.csrfToken);
  return me;
}

/** Shows the sign-in form in the view; resolves with the signed-in principal. */
export function showSignIn(view) {
  return new Promise((resolve) => {
    const user = el('input', { id: 'signin-user', name: 'user', autocomplete: 'username', required: true, dir: 'auto' });
    const password = el('input', { id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const message = el('p', { id: 'signin-error', class: 'error', role: 'alert', hidden: true });
    const button = el('button', { type: 'submit', class: 'primary', id: 'signin-submit', 'data-i18n': 'signIn' }, t('signIn'));
    // data-i18n on the texts only: switching language relabels the form without clearing what was typed.
    const form = el('form', { id: 'signin', class: 'signin' },
      el('h1', { 'data-i18n': 'signInTitle' }, t('signInTitle')),
      el('label', {}, el('span', { 'data-i18n': 'userName' }, t('userName')), user),
      el('label', {}, el('span', { 'data-i18n': 'password' }, t('password')), password),
      message, button);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      button.disabled = true;
      message.hidden = true;
      try {
        const res = await fetch('/api/v1/session', { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ user: user.value, password: password.value }) });
        const body = await res.json().catch(() => null);
        if (!res.ok) {
          message.textContent = res.status === 401 ? t('wrongPassword') : (body && body.detail) || `HTTP ${res.status}`;
          message.hidden = false;
          password.value = '';
          password.focus();
          return;
        }
        setCsrfToken(body.csrfToken);
        resolve(body);
      } finally {
        button.disabled = false;
      }
    });
    document.body.dataset.page = 'signin';
    view.replaceChildren(form);
    user.focus();
  });
}
