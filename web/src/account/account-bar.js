// Who is signed in, at the top right of the map: display name, role (its label from the
// vocabulary) and "sign out". Text only; the display name is whatever the account says.
import * as L from '../shared/leaflet.js';
import { control, element } from '../shared/dom.js';
import { t } from '../shared/i18n.js';
import { may } from '../shared/session.js';
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
    // The other pages sit apart, bottom left, so the stack of controls at the top right keeps its height.
    this._links = this._pageLinks(user);
    if (this._links.length > 0) {
      this._pages = element('nav', 'leaflet-control fm-panel fm-pages');
      this._pages.dataset.testid = 'page-links';
      this._pages.append(...this._links.map(({ link }) => link));
      L.DomEvent.disableClickPropagation(this._pages);
      const pagesControl = L.control({ position: 'bottomleft' });
      pagesControl.onAdd = () => this._pages;
      pagesControl.addTo(map);
    }
    this.render();
  }

  // The other pages a role works on: field mode on a phone, the monthly report (the own community's, or the
  // roll-up for the sub-district office) and the campaign calendar.
  _pageLinks(user) {
    const month = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 7); // China time
    const pages = [];
    if (may('operate') || may('reportBlockage')) pages.push({ key: 'account.field', href: 'field.html', id: 'link-field' });
    if (user.communityCode) {
      pages.push({ key: 'account.report', href: `report.html?community=${encodeURIComponent(user.communityCode)}&month=${month}`, id: 'link-report' });
    } else if (may('campaign')) {
      pages.push({ key: 'account.report', href: `report.html?month=${month}`, id: 'link-report' });
    }
    if (may('campaign')) pages.push({ key: 'account.calendar', href: 'calendar.html', id: 'link-calendar' });
    return pages.map(({ key, href, id }) => {
      const link = element('a', 'fm-account-link');
      link.href = href;
      link.dataset.testid = id;
      return { key, link };
    });
  }

  render() {
    this._container.setAttribute('aria-label', t('account.label'));
    for (const { key, link } of this._links) link.textContent = t(key);
    this._pages?.setAttribute('aria-label', t('account.pages'));
    this._role.textContent = codeLabel('role', this._user.role);
    this._signOut.textContent = this._busy ? t('account.signingOut') : t('account.signOut');
    this._signOut.title = this._failed ? t('account.signOutFailed') : t('account.signOutTitle');
    this._signOut.classList.toggle('fm-account-failed', this._failed);
    this._signOut.disabled = this._busy;
  }
}
