// The import endpoints the dialog calls (src/Api/Imports/ImportsFeature.cs): the layers and their
// fields, saved mappings, and one file into a chosen layer as a dry run or for real. Every answer is
// JSON; a refused import (400) carries the same report as a dry run, with every problem under `errors`.
import { sessionEnded } from '../shared/session.js';

export class ImportApiError extends Error {
  constructor(status, detail) {
    super(`import: ${status} ${detail ?? ''}`.trim());
    this.status = status;
    this.detail = detail ?? '';
  }
}

async function send(path, init = {}) {
  let response;
  try {
    response = await fetch(path, {
      ...init, headers: { Accept: 'application/json', 'X-FireMap-Request': '1', ...(init.headers ?? {}) },
    });
  } catch {
    throw new ImportApiError(0, 'network');
  }
  if (response.status === 401) sessionEnded();
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

async function read(path) {
  const { status, body } = await send(path);
  if (status !== 200) throw new ImportApiError(status, body?.detail);
  return body;
}

export const listLayers = () => read('api/imports/layers');

export const listMappings = () => read('api/imports/mappings');

export const getMapping = (name) => read(`api/imports/mappings/${encodeURIComponent(name)}`);

export async function saveMapping(name, mapping) {
  const { status, body } = await send(`api/imports/mappings/${encodeURIComponent(name)}`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(mapping),
  });
  if (status !== 200) throw new ImportApiError(status, body?.detail);
  return body;
}

/**
 * Sends `file` to the layer; options: { dryRun, mode, crs, mapping, retireMissing, confirmRetire }.
 * Resolves to the report (dry run, success, or a refusal that lists its errors); rejects when the
 * answer is no report at all (bad parameters, no access, no network).
 */
export async function runImport(layer, file, options) {
  const params = new URLSearchParams({ dryRun: String(Boolean(options.dryRun)), mode: options.mode });
  if (options.crs) params.set('crs', options.crs);
  if (options.retireMissing) params.set('retireMissing', 'true');
  if (options.confirmRetire) params.set('confirmRetire', 'true');
  const form = new FormData();
  form.append('file', file, file.name);
  if (options.mapping) form.append('mapping', JSON.stringify(options.mapping));
  const { status, body } = await send(`api/imports/${encodeURIComponent(layer)}?${params}`, { method: 'POST', body: form });
  if (status === 200 && body) return body;
  if (status === 400 && body) {
    // A refused import: its report and every problem; a refused request (a mapping that is no
    // mapping, an unknown format) is one problem of the whole file.
    const errors = Array.isArray(body.errors) ? body.errors
      : [{ layer, record: 0, field: body.argument ?? null, value: null, reason: body.detail ?? body.title ?? '' }];
    return { inserted: 0, updated: 0, unchanged: 0, retired: 0, refused: 0, layers: [], ...(body.report ?? {}), valid: false, errors };
  }
  throw new ImportApiError(status, body?.detail);
}
