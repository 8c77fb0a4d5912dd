// Language state and lookups. Chinese is the default whatever the browser says: the users are
// Chinese sub-district staff; English is a switch for visitors and reviewers.
import { zh, en } from './strings.js';

const dictionaries = { zh, en };
const locales = { zh: 'zh-CN', en: 'en-GB' };
const storageKey = 'firemap.language';
const listeners = new Set();

let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored in dictionaries ? stored : 'zh';
  } catch {
    // Storage can be disabled (private mode, strict policies); the default still works.
    return 'zh';
  }
}

function lookup(dictionary, key) {
  return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), dictionary);
}

export const languages = Object.keys(dictionaries);

export function language() {
  return current;
}

function locale() {
  return locales[current];
}

export function setLanguage(lang) {
  if (!(lang in dictionaries) || lang === current) return;
  current = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered across visits, but the switch itself still works.
  }
  applyDocumentLanguage();
  for (const listener of listeners) listener(lang);
}

export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function applyDocumentLanguage() {
  document.documentElement.lang = locales[current];
  document.title = t('app.title');
}

export function has(key) {
  return typeof lookup(dictionaries[current], key) === 'string';
}

/** Text for `key` with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = lookup(dictionaries[current], key) ?? lookup(zh, key);
  if (typeof text !== 'string') {
    console.warn(`FireMap: no text for "${key}"`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Label for an enum value; an unexpected code shows as "unknown", never as the raw code. */
export function enumLabel(group, value) {
  if (value != null && has(`${group}.${value}`)) return t(`${group}.${value}`);
  return has(`${group}.unknown`) ? t(`${group}.unknown`) : t('value.unknown');
}

export function formatNumber(value, maximumFractionDigits = 1) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits }).format(value);
}

/** Times are shown in the sub-district's own zone, whatever zone the viewer's machine is in. */
export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale(), {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date);
}
