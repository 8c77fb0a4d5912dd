// Fetching what the map reads over REST (the layers, the vocabulary). Failures are turned into a
// LayerLoadError with a reason code so the status panel can say, in the user's language, what is
// missing and why; a 401 also ends the session (the sign-in form comes back).
import { sessionEnded } from './session.js';

const timeoutMs = 30000;

export class LayerLoadError extends Error {
  constructor(layer, reason, status) {
    super(`layer ${layer}: ${reason}${status ? ` ${status}` : ''}`);
    this.layer = layer;
    this.reason = reason; // 'http' | 'timeout' | 'network' | 'format'
    this.status = status;
  }
}

/** The JSON document at `path` (relative to the page); `name` says in errors what it was. */
export async function fetchJson(path, name, accept = 'application/json') {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(path, { signal: controller.signal, headers: { Accept: accept } });
    if (response.status === 401) sessionEnded();
    if (!response.ok) throw new LayerLoadError(name, 'http', response.status);
    try {
      return await response.json();
    } catch {
      throw new LayerLoadError(name, 'format');
    }
  } catch (error) {
    if (error instanceof LayerLoadError) throw error;
    throw new LayerLoadError(name, controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

/** The whole layer as a GeoJSON FeatureCollection (WGS84); params: the layer's filters, if any. */
export async function fetchLayer(name, params = null) {
  // Relative URL: resolves against the page, so a path base in front of the app still works.
  const query = params && Object.keys(params).length ? `?${new URLSearchParams(params)}` : '';
  const collection = await fetchJson(`api/layers/${encodeURIComponent(name)}.geojson${query}`, name,
    'application/geo+json, application/json');
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new LayerLoadError(name, 'format');
  }
  return collection;
}
