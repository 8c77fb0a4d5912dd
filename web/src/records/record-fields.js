// Pieces of the record panel's forms: a labelled field, a select of a code list, an error line.
import { control, element } from '../shared/dom.js';
import { codeLabel, codesOf } from '../shared/vocabulary.js';

export function field(text, input, className = 'fm-form-field') {
  const label = element('label', className);
  label.append(element('span', 'fm-form-label', text), input);
  return label;
}

export function options(select, list, fallback, value, blank = false) {
  const codes = codesOf(list).length ? codesOf(list) : fallback;
  const pairs = [...(blank ? [['', '—']] : []), ...codes.map((code) => [code, codeLabel(list, code)])];
  select.replaceChildren(...pairs.map(([code, text]) => {
    const option = element('option', null, text);
    option.value = code;
    return option;
  }));
  select.value = value ?? '';
  return select;
}

export function errorLine(testid) {
  const line = control('p', testid, { className: 'fm-form-error', hidden: true });
  line.setAttribute('role', 'alert');
  return {
    element: line,
    show: (text) => {
      line.hidden = !text;
      line.textContent = text ?? '';
    },
  };
}
