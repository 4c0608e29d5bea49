// Static hosts answer an internal address with 404.html while no session decrypts it: send the
// reader to the unlock page, which returns to the requested page afterwards. With a session (the
// service worker answered), the page really does not exist, and this 404 page says so.
import { SW_SCOPE, unlockUrl } from './vault-protocol.ts';

if (location.pathname.startsWith(SW_SCOPE) && !navigator.serviceWorker?.controller) {
  location.replace(unlockUrl('masuk', location.pathname + location.search));
}
