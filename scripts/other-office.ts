// Runs the tests in a copy of the repository whose content/ is another office's, to prove that
// no product test depends on the sample content. Usage: npm run test:other-office [-- <command>]
import { resolve } from 'node:path';
import { copyWithContent, OTHER_OFFICE, runIn } from './lib/other-office.ts';

const USAGE = `Usage: npm run test:other-office [-- <command>...]

Copies the repository (the files git would commit) to a temporary folder with content/ replaced
by ${OTHER_OFFICE}, and runs the command there: by default npm test, the command CI runs.
Exits with the command's exit code; on failure the copy is kept for a look.`;

// The command is passed on whole, options included: no option of this script's own but --help.
const given = process.argv.slice(2);
if (given[0] === '--help' || given[0] === '-h') {
  console.log(USAGE);
  process.exit(0);
}
const command = given.length > 0 ? given : ['npm', 'test'];
const root = resolve(import.meta.dirname, '..');
const copy = copyWithContent(root, resolve(root, OTHER_OFFICE));
console.log(`${copy.dir}: the repository with ${OTHER_OFFICE} as content/; running ${command.join(' ')}`);
const status = runIn(copy, command);
if (status === 0) copy.remove();
else
  console.error(
    `\n${command.join(' ')} failed with another office's content (exit ${status}); the copy is in ${copy.dir}`,
  );
process.exitCode = status;
