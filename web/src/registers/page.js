// What the register pages (moderation.html, webhooks.html, duty.html) share: the signed-in start, the frame with
// the way back, the notice after a change, labelled fields and tables. Everything from data goes in as text.
import { signedInUser } from '../account/account.js';
import { control, element } from '../shared/dom.js';
import { applyDocumentLanguage, onLanguageChange, t } from '../shared/i18n.js';
import { loadVocabulary } from '../shared/vocabulary.js';

/** Signs in (or sends to the sign-in page) and loads the code labels; the signed-in user. */
export async function startPage() {
  applyDocumentLanguage();
  const user = await signedInUser();
  await loadVocabulary();
  return user;
}

/** Why a change failed, in words: someone else's change first, or the service's reason. */
export function reasonOf(error) {
  return error?.code === 'CONFLICT' ? t('registers.conflict') : t('registers.failed', { reason: error?.detail || error?.reason || error?.message || '' });
}

export function labelled(text, node) {
  const label = element('label', 'fm-registers-field', text);
  label.append(node);
  return label;
}

export function checkbox(text, testid, checked = false) {
  const box = control('input', testid, { type: 'checkbox', checked });
  const label = element('label', 'fm-registers-check');
  label.append(box, document.createTextNode(text));
  return { box, label };
}

export function button(text, testid, onClick, type = 'button') {
  const node = control('button', testid, { type, textContent: text });
  if (onClick) node.addEventListener('click', onClick);
  return node;
}

/** A table with a header row of `headers` and one row per item, cells made by `cells(item)` (text or nodes). */
export function table(testid, headers, items, cells, rowTestid = null) {
  const node = element('table', 'fm-registers-table');
  node.dataset.testid = testid;
  const head = element('tr');
  head.append(...headers.map((h) => {
    const th = element('th', null, h);
    th.scope = 'col';
    return th;
  }));
  node.append(element('thead'), element('tbody'));
  node.tHead.append(head);
  for (const item of items) {
    const row = element('tr');
    if (rowTestid) row.dataset.testid = rowTestid(item);
    for (const cell of cells(item)) {
      const td = element('td');
      if (cell instanceof Node) td.append(cell);
      else td.textContent = cell == null ? '' : String(cell);
      row.append(td);
    }
    node.tBodies[0].append(row);
  }
  const scroll = element('div', 'fm-registers-scroll');
  scroll.append(node);
  return scroll;
}

export function section(testid, title) {
  const node = element('section', 'fm-registers-section');
  node.dataset.testid = testid;
  node.append(element('h2', null, title));
  return node;
}

export function when(value) {
  return value ? new Date(value).toLocaleString(t('registers.locale'), { timeZone: 'Asia/Shanghai', hour12: false }) : '';
}

/**
 * A page: `draw(state)` gives its sections once `load()` has filled the state; `change(action, done)` runs a change,
 * then says `done` and loads again, or says why it failed. Redrawn on a language switch.
 */
export function page(titleKey, load, draw) {
  const main = document.getElementById('page');
  const state = { data: null, notice: null, error: false };
  function render() {
    document.title = t(titleKey);
    const back = element('a', 'fm-report-link fm-no-print', t('registers.back'));
    back.href = './';
    const nodes = [back, element('h1', null, t(titleKey))];
    if (state.notice) {
      const status = element('p', 'fm-report-notice', state.notice);
      status.setAttribute('role', state.error ? 'alert' : 'status');
      status.dataset.testid = 'page-notice';
      nodes.push(status);
    }
    nodes.push(...(state.data ? draw(state.data, change) : [element('p', null, t('registers.loading'))]));
    main.replaceChildren(...nodes);
    main.dataset.state = state.data ? 'ready' : 'loading';
  }
  async function reload() {
    try {
      state.data = await load();
    } catch (error) {
      state.notice = reasonOf(error);
      state.error = true;
    }
    render();
  }
  async function change(action, done) {
    try {
      await action();
      state.notice = done;
      state.error = false;
      await reload();
    } catch (error) {
      state.notice = reasonOf(error);
      state.error = true;
      render();
    }
  }
  onLanguageChange(render);
  render();
  return reload();
}
