// Who is signed in, what their role may do on the map, and the end of a session. The service
// decides (it refuses what a role may not do); the map only leaves out what would be refused.
// The rules follow the service's access rules (src/Api/Access/AccessRule.cs).
const rules = {
  reportBlockage: ['admin', 'subdistrict', 'community', 'grid', 'station'],
  clearBlockage: ['admin', 'subdistrict', 'community', 'grid'],
  analyse: ['admin', 'subdistrict', 'analyst'],
  // Hazards: report and the workflow steps (scope is the service's), listed supervision.
  operateHazard: ['admin', 'subdistrict', 'community', 'grid'],
  superviseHazard: ['admin', 'subdistrict'],
  // Compound plans (一小区一对策), record edits and the building chief's personal data.
  plan: ['admin', 'subdistrict', 'community'],
  operate: ['admin', 'subdistrict', 'community', 'grid'],
  personal: ['admin', 'subdistrict', 'community', 'grid'],
  // Monthly reports: narrative and submission; the campaign calendar, risk periods and reopening a report.
  report: ['admin', 'subdistrict', 'community'],
  campaign: ['admin', 'subdistrict'],
  import: ['admin'],
  manageUsers: ['admin'],
};

let user = null;
let ended = false;
const listeners = new Set();

/** The signed-in user ({ userName, displayName, role, communityCode, gridCodes }), or null. */
export function currentUser() {
  return user;
}

export function setCurrentUser(value) {
  user = value;
  ended = false;
}

/** Whether the signed-in user's role may take `action` (a key of the rules above). */
export function may(action) {
  return user != null && (rules[action]?.includes(user.role) ?? false);
}

/** listener() is called once when the service answers 401 to a signed-in map. */
export function onSessionEnd(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Called by the fetch helpers on a 401: the session ended (signed out elsewhere, expired, the
 * account disabled or changed). Before anyone has signed in a 401 is expected and says nothing.
 */
export function sessionEnded() {
  if (user == null || ended) return;
  ended = true;
  for (const listener of listeners) listener();
}
