// Fetching the REST layers. Failures are turned into a LayerLoadError with a reason code so the
// status panel can say, in the user's language, which layer is missing and why.
const timeoutMs = 30000;

export class LayerLoadError extends Error {
  constructor(layer, reason, status) {
    super(`layer ${layer}: ${reason}${status ? ` ${status}` : ''}`);
    this.layer = layer;
    this.reason = reason; // 'http' | 'timeout' | 'network' | 'format'
    this.status = status;
  }
}

/** The whole layer as a GeoJSON FeatureCollection (WGS84); params: the layer's filters, if any. */
export async function fetchLayer(name, params = null) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // Relative URL: resolves against the page, so a path base in front of the app still works.
    const query = params && Object.keys(params).length ? `?${new URLSearchParams(params)}` : '';
    const response = await fetch(`api/layers/${encodeURIComponent(name)}.geojson${query}`, {
      signal: controller.signal,
      headers: { Accept: 'application/geo+json, application/json' },
    });
    if (!response.ok) throw new LayerLoadError(name, 'http', response.status);
    let collection;
    try {
      collection = await response.json();
    } catch {
      throw new LayerLoadError(name, 'format');
    }
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new LayerLoadError(name, 'format');
    }
    return collection;
  } catch (error) {
    if (error instanceof LayerLoadError) throw error;
    throw new LayerLoadError(name, controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}
