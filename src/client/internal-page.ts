// On every internal page: logout that clears the section's state (and nothing of the rest of the
// site, such as the web editor's login), in every open tab, and no internal page restored from the
// back-forward cache once the session is gone.
import { CHANNEL, KEY_COOKIE, KEY_COOKIE_PATH, LAST_SLOT, LEGACY_SLOT, unlockUrl } from './vault-protocol.ts';
import { ask } from './vault-ask.ts';
import { deleteSessions } from './vault-store.ts';

const channel = new BroadcastChannel(CHANNEL);

/**
 * Deletes the section's keys, key cookie, database and remembered slot. The worker stays, holding no
 * keys: it serves the unlock page with the headers that cut any other page's handle on it.
 */
async function clearSection(): Promise<void> {
  await ask({ type: 'logout' });
  document.cookie = `${KEY_COOKIE}=; Path=${KEY_COOKIE_PATH}; Max-Age=0; SameSite=Strict`;
  localStorage.removeItem(LAST_SLOT);
  localStorage.removeItem(LEGACY_SLOT);
  await deleteSessions();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-logout]')) {
  button.addEventListener('click', async () => {
    button.disabled = true;
    await clearSection();
    channel.postMessage('logout');
    location.replace(unlockUrl('keluar'));
  });
}

// Any page of the origin can post on the channel: the worker, not the message, says whether the section is locked.
channel.addEventListener('message', async (event) => {
  if (event.data === 'logout' && (await ask({ type: 'status' }))?.unlocked === false) {
    location.replace(unlockUrl('keluar'));
  }
});

// A page from the back-forward cache was not asked of the service worker: ask again.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) location.reload();
});
