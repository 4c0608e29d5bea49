// The service worker's session store: one IndexedDB record. Each call opens and closes the
// database, so logout can delete the database at once instead of waiting for a connection to close.
import type { StoredSession } from './vault-protocol.ts';

const DATABASE = 'warta-vault';
const STORE = 'session';
const KEY = 'current';

/** Opens the database; undefined, and nothing created, if it is not there and `create` is false. */
function open(create: boolean): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(STORE);
      else request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (create ? reject(request.error) : resolve(undefined));
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | undefined> {
  // Reading creates nothing: asking whether a session exists leaves no database behind.
  const db = await open(mode === 'readwrite');
  if (!db) return undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The stored session: its keys wrapped, useless without the key cookie. */
export const loadSession = () => run<StoredSession | undefined>('readonly', (store) => store.get(KEY));

export const saveSession = (session: StoredSession) => run('readwrite', (store) => store.put(session, KEY));

/** Deletes the whole database, not just the record. */
export function deleteSessions(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve(); // another tab's page holds it open briefly; it is emptied anyway
  });
}
