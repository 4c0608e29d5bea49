// Preloaded into a test build (node --import) to make one build step fail as a real fault would,
// chosen by BUILD_FAULT. Both act when the vault encrypts its first files, late in the build:
// - `vault`: Web Crypto refuses the fifth file, as a full disk or a crash would. Files sealed
//   before it have lost their plaintext; the others still have theirs.
// - `leak`: a sentence of the minutes is written into a public page, as a faulty template would;
//   the leak scan must catch it.
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { stagingFolder } from '../../src/integrations/staging.ts';

const fault = process.env['BUILD_FAULT'];
const { subtle } = globalThis.crypto;
const encrypt = subtle.encrypt.bind(subtle);
let sealed = 0;

subtle.encrypt = async (algorithm, key, data) => {
  const aad =
    typeof algorithm === 'object' && 'additionalData' in algorithm
      ? new TextDecoder().decode(algorithm.additionalData)
      : '';
  if (aad.startsWith('warta-vault/v2|')) {
    sealed += 1;
    if (fault === 'vault' && sealed > 4) throw new Error('build fault: encryption failed half-way');
    if (fault === 'leak' && sealed === 1) {
      const out = process.env['WARTA_OUT'] ?? 'dist';
      const written = [stagingFolder(out), out].find((dir) => existsSync(dir)) ?? out; // where this build writes
      const page = join(written, 'siaran-pers', 'index.html');
      appendFileSync(page, '<p>PENANDA-NOTULEN-1 Rapat dibuka pukul 09.00 WIB oleh Kepala Kantor Wilayah.</p>');
    }
  }
  return encrypt(algorithm, key, data);
};
