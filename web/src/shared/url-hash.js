// The map's state as a URL hash: `#map=z/lat/lon&layers=a,b&select=compound:12&panel=risk`.
// Generic key=value pairs, so other views (a phone mode, an admin page) can add their own keys
// without breaking links made before; unknown keys are kept as they are.

/** The hash's key/value pairs (values decoded); an empty object for no hash. */
export function readHash(hash = window.location.hash) {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const values = {};
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
    values[key] = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1));
  }
  return values;
}

// Commas and slashes are part of the values' own syntax and stay readable.
const encode = (value) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');

/** A hash from key/value pairs; null, undefined and empty values are left out. */
export function formatHash(values) {
  const pairs = Object.entries(values)
    .filter(([, value]) => value != null && value !== '')
    .map(([key, value]) => `${encode(key)}=${encode(String(value))}`);
  return pairs.length ? `#${pairs.join('&')}` : '';
}

/** `z/lat/lon` → { zoom, lat, lon }, or null when any part is not a number in range. */
export function parseView(text) {
  const [zoom, lat, lon] = String(text ?? '').split('/').map(Number);
  const ok = [zoom, lat, lon].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 22;
  return ok ? { zoom, lat, lon } : null;
}

/** { zoom, lat, lon } → `z/lat/lon`, to about a metre. */
export function formatView({ zoom, lat, lon }) {
  return `${Number(zoom.toFixed(1))}/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

/** `kind:id` → { kind, id }, or null. */
export function parseSelection(text) {
  const match = /^([a-z-]+):([^:]+)$/.exec(String(text ?? ''));
  return match ? { kind: match[1], id: match[2] } : null;
}
