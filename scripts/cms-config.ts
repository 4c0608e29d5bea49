// Generates the web editor's configuration (public/admin/config.yml) from the content schemas, and
// installs the editor itself (Sveltia CMS, from node_modules) into a built site.
// Usage: npm run cms:config            regenerate public/admin/config.yml
//        npm run cms:config -- --check  exit 1 if it is out of date
//        node scripts/cms-config.ts --install-editor [dist]   (the build does this itself)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installEditor } from './lib/cms/editor.ts';
import { CONFIG_PATH, renderConfig } from './lib/cms/config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean', default: false }, 'install-editor': { type: 'boolean', default: false } },
});

if (values['install-editor']) {
  const outDir = resolve(positionals[0] ?? (process.env['WARTA_OUT'] || 'dist'));
  const installed = installEditor(outDir);
  console.log(`Web editor installed: ${installed.join(', ')}`);
} else {
  const path = resolve(CONFIG_PATH);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const generated = renderConfig(existing);
  if (values.check) {
    if (existing !== generated) {
      console.error(`${CONFIG_PATH} is out of date with the schemas: run npm run cms:config and commit it.`);
      process.exitCode = 1;
    } else console.log(`${CONFIG_PATH} matches the schemas.`);
  } else {
    writeFileSync(path, generated);
    console.log(`Wrote ${CONFIG_PATH}.`);
  }
}
