// A minimal GraphQL-over-HTTP client for the service's own /graphql endpoint. Failures become
// an ApiError with a reason the panels can put into words, in the user's language. A 401 (not
// signed in, or the session ended) also ends the session: the sign-in form comes back.
import { sessionEnded } from './session.js';

const timeoutMs = 30000;

export class ApiError extends Error {
  /**
   * reason: 'http' | 'timeout' | 'network' | 'format' | 'graphql'; for 'graphql', `code` is
   * errors[0].extensions.code (BAD_USER_INPUT, NOT_FOUND, ...) and `argument` the argument blamed.
   */
  constructor(reason, { status = null, code = null, argument = null, message = '' } = {}) {
    super(`graphql: ${reason}${status ? ` ${status}` : ''}${code ? ` ${code}` : ''} ${message}`.trim());
    this.reason = reason;
    this.status = status;
    this.code = code;
    this.argument = argument;
    this.detail = message; // the server's own words, for a user who wants to know more
  }
}

function firstError(body) {
  const error = Array.isArray(body?.errors) ? body.errors[0] : null;
  if (!error) return null;
  return new ApiError('graphql', {
    code: error.extensions?.code ?? null,
    argument: error.extensions?.argument ?? null,
    message: String(error.message ?? ''),
  });
}

/**
 * A fresh key for a mutation's Idempotency-Key header. Behind several instances the proxy sends a
 * request again to the next instance when the first one's connection fails (an instance stopping);
 * with the key, a mutation the first one did apply answers as it did, instead of being applied twice.
 * crypto.getRandomValues, not randomUUID: the latter needs HTTPS or localhost.
 */
function idempotencyKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isMutation = (query) => /^\s*mutation\b/.test(query);

/** Runs a query; resolves to its `data`, or rejects with an ApiError. headers: extra request headers. */
export async function graphql(query, variables = {}, headers = {}) {
  if (isMutation(query) && !Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key')) {
    headers = { ...headers, 'Idempotency-Key': idempotencyKey() };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    // Relative URL: resolves against the page, so a path base in front of the app still works.
    response = await fetch('graphql', {
      method: 'POST',
      signal: controller.signal,
      headers: {
        ...headers, 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401) {
    sessionEnded();
    throw new ApiError('http', { status: 401 });
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.ok ? 'format' : 'http', { status: response.status });
  }
  // graphql-response+json answers a refused request with 4xx and an errors list: say why.
  const error = firstError(body);
  if (error) throw error;
  if (!response.ok) throw new ApiError('http', { status: response.status });
  if (body?.data == null || typeof body.data !== 'object') throw new ApiError('format');
  return body.data;
}
