// The outbox: every field form goes through it. A submission is stored in IndexedDB (with its photos
// as blobs) under a key made once with crypto.randomUUID(), then sent; while the network is gone, or
// a request fails on the way, it waits and is sent again when the network comes back (the `online`
// event, and a retry every 20 s). The key travels as the Idempotency-Key header, so the service
// executes a submission once however often it is sent: an answer lost on the way does not make a
// second record. Photos are uploaded first; the service stores a picture once by its hash.
import { ApiError } from '../shared/graphql.js';

const databaseName = 'firemap-field';
const storeName = 'outbox';
const retryMs = 20000;
const listeners = new Set();
let flushing = null;

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, action) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const result = action(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(result?.result);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Everything still waiting, oldest first. */
export async function waiting() {
  const items = await run('readonly', (store) => store.getAll());
  return (items ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** listener(items) after every change of the outbox. */
export function onOutboxChange(listener) {
  listeners.add(listener);
}

async function changed() {
  const items = await waiting();
  for (const listener of listeners) listener(items);
}

/**
 * Stores a submission and tries to send it at once. `photos`: [{ blob, name }]; `photoPath`: where in
 * `variables` the uploaded photo ids go (e.g. ['input', 'photoIds']). `steps` are further mutations run
 * after the first, each with its own key derived from the submission's.
 */
export async function submit({ kind, label, query, variables, photos = [], photoPath = null, keepLocation = false }) {
  const item = {
    key: crypto.randomUUID(), kind, label, query, variables, photoPath, keepLocation,
    photos: photos.map((photo) => ({ blob: photo.blob, name: photo.name, id: null })),
    createdAt: new Date().toISOString(), state: 'waiting', error: null,
  };
  await run('readwrite', (store) => store.put(item));
  await changed();
  return flush();
}

export async function discard(key) {
  await run('readwrite', (store) => store.delete(key));
  await changed();
}

async function save(item) {
  await run('readwrite', (store) => store.put(item));
}

async function uploadPhoto(photo, keepLocation) {
  const form = new FormData();
  form.append('file', photo.blob, photo.name || 'photo.jpg');
  if (keepLocation) form.append('keepLocation', 'true');
  let response;
  try {
    response = await fetch('api/photos', { method: 'POST', headers: { 'X-FireMap-Request': '1' }, body: form });
  } catch {
    throw new ApiError('network');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError('http', { status: response.status, code: body?.code ?? null, message: body?.detail ?? '' });
  return body.id;
}

async function post(item) {
  const variables = structuredClone(item.variables);
  if (item.photoPath) {
    const target = item.photoPath.slice(0, -1).reduce((node, part) => node[part], variables);
    target[item.photoPath.at(-1)] = item.photos.map((photo) => photo.id);
  }
  let response;
  try {
    response = await fetch('graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', 'Idempotency-Key': item.key,
      },
      body: JSON.stringify({ query: item.query, variables }),
    });
  } catch {
    throw new ApiError('network');
  }
  if (response.status >= 500) throw new ApiError('network', { status: response.status });
  const body = await response.json().catch(() => null);
  const error = body?.errors?.[0];
  if (error) throw new ApiError('graphql', { code: error.extensions?.code ?? null, message: String(error.message ?? '') });
  if (!response.ok || body?.data == null) throw new ApiError('http', { status: response.status });
  return body.data;
}

async function send(item) {
  for (const photo of item.photos) {
    if (photo.id == null) {
      photo.id = await uploadPhoto(photo, item.keepLocation);
      await save(item);
    }
  }
  return post(item);
}

/**
 * Sends what is waiting, one at a time, oldest first. Resolves to [{ item, data }] for what was sent now.
 * A network failure leaves the item waiting; a refusal (bad input, forbidden) marks it failed, kept
 * for the user to read and delete.
 */
export function flush() {
  flushing ??= (async () => {
    const sent = [];
    try {
      for (const item of await waiting()) {
        if (item.state === 'failed') continue;
        try {
          const data = await send(item);
          await run('readwrite', (store) => store.delete(item.key));
          sent.push({ item, data });
        } catch (error) {
          if (error?.reason === 'network' || !navigator.onLine) break;
          item.state = 'failed';
          item.error = error?.detail || error?.code || error?.message || String(error);
          await save(item);
        }
      }
    } finally {
      flushing = null;
      await changed();
    }
    return sent;
  })();
  return flushing;
}

/** Sends again when the network comes back, and every 20 s while anything waits. */
export function keepSending(onSent) {
  const go = () => flush().then((sent) => sent.forEach(onSent)).catch((error) => console.warn(`FireMap outbox: ${error}`));
  window.addEventListener('online', go);
  setInterval(() => {
    if (navigator.onLine) waiting().then((items) => { if (items.some((i) => i.state === 'waiting')) go(); });
  }, retryMs);
  go();
}
