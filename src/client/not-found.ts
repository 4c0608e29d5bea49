// Static hosts answer an internal address with 404.html while no session decrypts it: send the
// reader to the unlock page, which returns to the requested page afterwards.
import { SW_SCOPE, unlockUrl } from './vault-protocol.ts';

if (location.pathname.startsWith(SW_SCOPE)) location.replace(unlockUrl('masuk', location.pathname + location.search));
