// The sign-in page: a card over the whole window in the map's style, in the current language
// with its own language switch. Nothing of the map is fetched until it has signed someone in.
// DOM nodes and text only; what the service says is shown through fixed texts, never as HTML.
import { signIn, SignInError } from './account-api.js';
import { control, element } from '../shared/dom.js';
import { formatTime, onLanguageChange, t } from '../shared/i18n.js';
import { LanguageSwitch } from '../shared/language-switch.js';

/** Why a request failed, in words: HTTP status, timeout, no connection, or an unreadable answer. */
function reasonText(error) {
  const reason = ['http', 'timeout', 'network'].includes(error?.reason) ? error.reason : 'format';
  return t(`status.${reason}`, { status: error?.status ?? '' });
}

/** The text for a failed sign-in (a SignInError, or anything else that went wrong). */
function failureText(error) {
  const reason = error?.reason ?? 'network';
  if (reason === 'wrong') return t('signIn.wrong');
  if (reason === 'rateLimited') return t('signIn.rateLimited');
  if (reason === 'locked') {
    return error.lockedUntil ? t('signIn.locked', { time: formatTime(error.lockedUntil) }) : t('signIn.lockedSoon');
  }
  return t('signIn.failed', { reason: reasonText(error) });
}

export class SignInPage {
  /**
   * message: why the form is shown, or null: 'ended' (the session ended), 'signedOut', or
   * { unreachable: error } when asking who is signed in failed.
   */
  constructor(message = null) {
    this._message = message;
    this._error = null; // what the error line says: 'missing' or the failure
    this.element = element('section', 'fm-signin');
    this.element.dataset.testid = 'sign-in';
    const card = element('div', 'fm-panel fm-signin-card');
    const header = element('header', 'fm-signin-header');
    this._title = element('h1');
    header.append(this._title);
    this._language = new LanguageSwitch(null, { parent: header, testid: 'sign-in-language', buttonTestid: 'sign-in-language' });
    this._heading = element('h2');
    this._intro = element('p', 'fm-signin-intro');
    this._notice = element('p', 'fm-signin-message');
    this._notice.dataset.testid = 'sign-in-message';
    this._notice.setAttribute('role', 'status');

    this._form = control('form', 'sign-in-form', { className: 'fm-form fm-signin-form', noValidate: true });
    this._user = control('input', 'sign-in-user', {
      type: 'text', name: 'userName', autocomplete: 'username', maxLength: 64, required: true, spellcheck: false,
    });
    this._user.autocapitalize = 'none';
    this._password = control('input', 'sign-in-password', {
      type: 'password', name: 'password', autocomplete: 'current-password', maxLength: 256, required: true,
    });
    this._userLabel = element('span', 'fm-form-label');
    this._passwordLabel = element('span', 'fm-form-label');
    const userField = element('label', 'fm-form-field');
    userField.append(this._userLabel, this._user);
    const passwordField = element('label', 'fm-form-field');
    passwordField.append(this._passwordLabel, this._password);
    this._errorLine = element('p', 'fm-form-error');
    this._errorLine.dataset.testid = 'sign-in-error';
    this._errorLine.setAttribute('role', 'alert');
    this._submit = control('button', 'sign-in-submit', { type: 'submit', className: 'fm-signin-submit' });
    this._form.append(userField, passwordField, this._errorLine, this._submit);
    this._note = element('p', 'fm-signin-note');
    this._attribution = element('p', 'fm-signin-note');
    card.append(header, this._heading, this._intro, this._notice, this._form, this._note, this._attribution);
    this.element.append(card);
    this._busy = false;
    this._stopListening = onLanguageChange(() => this.render());
  }

  /** Shows the page and resolves to the user once someone has signed in; the page is then gone. */
  show() {
    document.body.classList.add('fm-signing-in');
    document.body.append(this.element);
    this.render();
    return new Promise((resolve) => {
      this._form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (this._busy) return;
        const userName = this._user.value.trim();
        const password = this._password.value;
        if (!userName || !password) {
          this._error = 'missing';
          this.render();
          (userName ? this._password : this._user).focus();
          return;
        }
        this._busy = true;
        this._error = null;
        this.render();
        try {
          const user = await signIn(userName, password);
          this._close();
          resolve(user);
        } catch (error) {
          if (!(error instanceof SignInError)) console.warn(`FireMap: ${error?.message ?? error}`);
          this._error = error;
          this._busy = false;
          this._password.value = '';
          this.render();
          this._password.focus();
        }
      });
      (this._user.value ? this._password : this._user).focus();
    });
  }

  _close() {
    this._stopListening();
    this.element.remove();
    document.body.classList.remove('fm-signing-in');
  }

  render() {
    this._title.textContent = t('app.title');
    this._language.render();
    this._heading.textContent = t('signIn.title');
    this._intro.textContent = t('signIn.intro');
    const message = this._message;
    this._notice.textContent = message == null ? ''
      : message.unreachable ? t('signIn.unreachable', { reason: reasonText(message.unreachable) })
        : t(`signIn.${message}`);
    this._notice.hidden = message == null;
    this._notice.classList.toggle('fm-signin-warning', message === 'ended' || Boolean(message?.unreachable));
    this._userLabel.textContent = t('signIn.user');
    this._passwordLabel.textContent = t('signIn.password');
    this._errorLine.textContent = this._error == null ? '' : this._error === 'missing' ? t('signIn.missing') : failureText(this._error);
    this._errorLine.hidden = this._error == null;
    this._errorLine.dataset.reason = this._error == null ? '' : this._error === 'missing' ? 'missing' : (this._error.reason ?? 'network');
    this._submit.textContent = this._busy ? t('signIn.busy') : t('signIn.submit');
    this._submit.disabled = this._busy;
    this._form.setAttribute('aria-busy', String(this._busy));
    this._note.textContent = t('signIn.note');
    this._attribution.textContent = t('attribution');
  }
}
