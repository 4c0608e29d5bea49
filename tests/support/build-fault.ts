// Preloaded into a test build (node --import) to make one build step fail as a real fault would,
// chosen by BUILD_FAULT. The first acts while Pagefind indexes the public pages, the others
// when the vault encrypts its first files, late in the build:
// - `links`: no page can be read back after Astro wrote it, as on a disk error; the link reading
//   fails on its first page while Pagefind's process indexes the public pages.
// - `vault`: the cipher refuses the fifth file, as a full disk or a crash would. Files sealed
//   before it have lost their plaintext; the others still have theirs.
// - `leak`: a sentence of the minutes is written into a public page, as a faulty template would;
//   the leak scan must catch it.
import crypto from 'node:crypto';
import fs, { appendFileSync, existsSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { stagingFolder } from '../../src/integrations/staging.ts';

const fault = process.env['BUILD_FAULT'];
let sealed = 0;

/** Called with the additional data of every AES-GCM encryption: a blob's names its format first. */
function sealing(aad: string): void {
  if (!aad.startsWith('warta-vault/v2|')) return;
  sealed += 1;
  if (fault === 'vault' && sealed > 4) throw new Error('build fault: encryption failed half-way');
  if (fault === 'leak' && sealed === 1) {
    const out = process.env['WARTA_OUT'] ?? 'dist';
    const written = [stagingFolder(out), out].find((dir) => existsSync(dir)) ?? out; // where this build writes
    const page = join(written, 'siaran-pers', 'index.html');
    appendFileSync(page, '<p>PENANDA-NOTULEN-1 Rapat dibuka pukul 09.00 WIB oleh Kepala Kantor Wilayah.</p>');
  }
}

// The link reading, the first step beside Pagefind, reads each page with readFileSync.
const readFileSync = fs.readFileSync;
fs.readFileSync = ((...args: Parameters<typeof readFileSync>) => {
  const [path] = args;
  const staging = stagingFolder(process.env['WARTA_OUT'] ?? 'dist');
  if (fault === 'links' && typeof path === 'string' && path.startsWith(staging) && path.endsWith('.html'))
    throw new Error('build fault: a page could not be read');
  return readFileSync(...args);
}) as typeof readFileSync;

// The build seals with Node's crypto (src/lib/vault/build-seal.ts); its named imports follow the
// module object once the change is synced.
const createCipheriv = crypto.createCipheriv;
crypto.createCipheriv = ((...args: Parameters<typeof createCipheriv>) => {
  const cipher = createCipheriv(...args) as crypto.CipherGCM;
  const setAAD = cipher.setAAD.bind(cipher);
  cipher.setAAD = (aad, options) => {
    sealing(new TextDecoder().decode(aad));
    return setAAD(aad, options);
  };
  return cipher;
}) as typeof createCipheriv;
syncBuiltinESMExports();
