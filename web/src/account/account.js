// The map's session from start to end: who is signed in (or the sign-in page until someone is),
// the signed-in user's box with "sign out", and the sign-in page again when the service says the
// session has ended. After a sign-out or a new sign-in the page starts afresh, so nothing of one
// user's map stays in the page for the next.
import { whoAmI, signOut } from './account-api.js';
import { AccountBar } from './account-bar.js';
import { SignInPage } from './sign-in.js';
import { onSessionEnd, setCurrentUser } from '../shared/session.js';

const signedOutKey = 'firemap.signedOut';

function takeSignedOutMark() {
  try {
    const marked = sessionStorage.getItem(signedOutKey) != null;
    sessionStorage.removeItem(signedOutKey);
    return marked;
  } catch {
    return false;
  }
}

function markSignedOut() {
  try {
    sessionStorage.setItem(signedOutKey, '1');
  } catch {
    // Without storage the page asks the service, which says the same thing.
  }
}

/**
 * The signed-in user: asks the service, and shows the sign-in page until someone has signed in.
 * Right after a sign-out it does not ask: nobody is signed in.
 */
export async function signedInUser() {
  let message = null;
  if (takeSignedOutMark()) {
    message = 'signedOut';
  } else {
    try {
      const user = await whoAmI();
      if (user) {
        setCurrentUser(user);
        return user;
      }
    } catch (error) {
      console.warn(`FireMap: ${error?.message ?? error}`);
      message = { unreachable: error };
    }
  }
  const user = await new SignInPage(message).show();
  setCurrentUser(user);
  return user;
}

/** Adds the user's box to the map and brings the sign-in page back when the session ends. */
export function followSession(map, user) {
  const bar = new AccountBar(map, user, async () => {
    await signOut();
    setCurrentUser(null);
    markSignedOut();
    window.location.reload();
  });
  onSessionEnd(async () => {
    map.closePopup();
    await new SignInPage('ended').show();
    window.location.reload();
  });
  return bar;
}
