// Signing in and out, and asking who is signed in. The session is an HttpOnly cookie the page
// never sees: the service sets it on sign-in and ends it on sign-out.
import { ApiError, graphql } from '../shared/graphql.js';

const timeoutMs = 30000;

const meQuery = `query Me { me { userName displayName role scope { communityCode gridCodes } } }`;

export class SignInError extends Error {
  /** reason: 'wrong' | 'locked' | 'rateLimited' | 'http' | 'timeout' | 'network'. */
  constructor(reason, { status = null, lockedUntil = null } = {}) {
    super(`sign-in: ${reason}${status ? ` ${status}` : ''}`);
    this.reason = reason;
    this.status = status;
    this.lockedUntil = lockedUntil;
  }
}

// Roles arrive as codes, lower-case from the sign-in answer and upper-case from GraphQL enums.
function user({ userName, displayName, role, communityCode = null, gridCodes = [] }) {
  return {
    userName: String(userName),
    displayName: String(displayName || userName),
    role: String(role).toLowerCase(),
    communityCode: communityCode ?? null,
    gridCodes: Array.isArray(gridCodes) ? gridCodes.map(String) : [],
  };
}

/** The signed-in user, or null when nobody is (the service answered 401). */
export async function whoAmI() {
  try {
    const { me } = await graphql(meQuery);
    return user({ ...me, ...me.scope });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

async function post(path, body) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(path, {
      method: 'POST',
      signal: controller.signal,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: body == null ? null : JSON.stringify(body),
    });
  } catch {
    throw new SignInError(controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

/** Signs in; resolves to the user, or rejects with a SignInError saying why not. */
export async function signIn(userName, password) {
  const response = await post('api/auth/login', { userName, password });
  if (response.status === 429) throw new SignInError('rateLimited', { status: 429 });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A refusal without a readable body is still a refusal; its status says which.
  }
  if (response.ok && body?.userName) return user(body);
  if (response.status === 401) {
    if (body?.code === 'LOCKED') throw new SignInError('locked', { status: 401, lockedUntil: body.lockedUntil ?? null });
    throw new SignInError('wrong', { status: 401 });
  }
  throw new SignInError('http', { status: response.status });
}

/** Ends the session. A 401 means it had ended already, which is just as good. */
export async function signOut() {
  const response = await post('api/auth/logout', null);
  if (!response.ok && response.status !== 401) throw new SignInError('http', { status: response.status });
}
