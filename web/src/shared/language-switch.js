// The 中文/English toggle. Each option is written in its own language, as language pickers
// are, so whoever is looking can find theirs.
import * as L from './leaflet.js';
import { language, languages, setLanguage, t } from './i18n.js';

const names = { zh: '中文', en: 'English' };

export class LanguageSwitch {
  /**
   * On the map (a Leaflet control at the top right), or inside `parent` when one is given (the
   * sign-in form); `testid` names the group, its buttons are `${testid}-zh` and `${testid}-en`
   * (`language-zh`... on the map).
   */
  constructor(map, { parent = null, testid = 'language-switch', buttonTestid = 'language' } = {}) {
    this._container = L.DomUtil.create('div', `${parent ? '' : 'leaflet-control '}fm-panel fm-language`);
    this._container.dataset.testid = testid;
    this._container.setAttribute('role', 'group');
    this._buttons = languages.map((lang) => {
      const button = L.DomUtil.create('button', 'fm-language-option', this._container);
      button.type = 'button';
      button.lang = lang === 'zh' ? 'zh-CN' : 'en';
      button.textContent = names[lang];
      button.dataset.testid = `${buttonTestid}-${lang}`;
      button.dataset.lang = lang;
      button.addEventListener('click', () => setLanguage(lang));
      return button;
    });
    if (parent) {
      parent.append(this._container);
    } else {
      L.DomEvent.disableClickPropagation(this._container);
      const control = L.control({ position: 'topright' });
      control.onAdd = () => this._container;
      control.addTo(map);
    }
    this.render();
  }

  render() {
    this._container.setAttribute('aria-label', t('lang.label'));
    for (const button of this._buttons) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
    }
  }
}
