// Who is signed in, at the top right of the map: display name, role (its label from the
// vocabulary) and "sign out". Text only; the display name is whatever the account says.
import * as L from '../shared/leaflet.js';
import { control, element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { codeLabel } from '../shared/vocabulary.js';

export class AccountBar {
  /** user: the signed-in user; onSignOut() returns a promise that rejects when signing out failed. */
  constructor(map, user, onSignOut) {
    this._user = user;
    this._container = element('div', 'leaflet-control fm-panel fm-account');
    this._container.dataset.testid = 'account';
    this._container.dataset.role = user.role;
    this._container.setAttribute('role', 'group');
    this._name = element('span', 'fm-account-name', user.displayName);
    this._name.dataset.testid = 'account-name';
    this._name.title = user.userName;
    this._role = element('span', 'fm-account-role');
    this._role.dataset.testid = 'account-role';
    this._signOut = control('button', 'sign-out', { type: 'button', className: 'fm-account-signout' });
    this._failed = false;
    this._busy = false;
    this._signOut.addEventListener('click', async () => {
      if (this._busy) return;
      this._busy = true;
      this._failed = false;
      this.render();
      try {
        await onSignOut();
      } catch (error) {
        console.warn(`FireMap: sign-out failed (${error?.message ?? error})`);
        this._failed = true;
      }
      this._busy = false;
      this.render();
    });
    this._container.append(this._name, this._role, this._signOut);
    L.DomEvent.disableClickPropagation(this._container);
    const leafletControl = L.control({ position: 'topright' });
    leafletControl.onAdd = () => this._container;
    leafletControl.addTo(map);
    this.render();
  }

  render() {
    this._container.setAttribute('aria-label', t('account.label'));
    this._role.textContent = codeLabel('role', this._user.role);
    this._signOut.textContent = this._busy ? t('account.signingOut') : t('account.signOut');
    this._signOut.title = this._failed ? t('account.signOutFailed') : t('account.signOutTitle');
    this._signOut.classList.toggle('fm-account-failed', this._failed);
    this._signOut.disabled = this._busy;
  }
}
