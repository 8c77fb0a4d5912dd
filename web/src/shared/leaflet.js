// The one place that knows where the vendored Leaflet lives. Every module imports Leaflet
// through here so the browser loads a single module instance (one L, one set of classes).
// The path is relative so the app still works when the Api serves it under a path base.
export * from '../../vendor/leaflet/dist/leaflet-src.esm.js';
