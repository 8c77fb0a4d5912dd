// Small DOM helpers shared by the map's panels, popups and forms.

/** A new element with an optional class and text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** A form control with its attributes and a `data-testid` for the browser tests. */
export function control(tag, testid, attributes = {}) {
  const node = element(tag);
  Object.assign(node, attributes);
  node.dataset.testid = testid;
  return node;
}
