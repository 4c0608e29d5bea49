// Writes the field tables of the adoption guide (docs/mengadopsi-warta.md) from the schemas' field
// docs, so the guide cannot drift from what the check accepts.
// Usage: npm run docs:fields            regenerate the tables
//        npm run docs:fields -- --check  exit 1 if they are out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GUIDE_PATH, renderGuide } from './lib/field-docs.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const existing = readFileSync(GUIDE_PATH, 'utf8');
const generated = await renderGuide(existing);
if (!values.check) {
  writeFileSync(GUIDE_PATH, generated);
  console.log(`Wrote the field tables of ${GUIDE_PATH}.`);
} else if (existing !== generated) {
  console.error(
    `The field tables of ${GUIDE_PATH} are out of date with the schemas: run npm run docs:fields and commit it.`,
  );
  process.exitCode = 1;
} else console.log(`The field tables of ${GUIDE_PATH} match the schemas.`);
