// Tells an office's fork when it changed a file outside its own part (content/ and the editor's
// configuration) since the Warta release it is based on (scripts/lib/upgrade-check.ts). Usage:
//   npm run upgrade-check [-- <upstream>] [--ref main]
import { spawnSync } from 'node:child_process';
import { commandLine, exitWith } from './lib/cli.ts';
import { formatReport, upgradeCheck, UpgradeCheckError } from './lib/upgrade-check.ts';

const USAGE = `Usage: npm run upgrade-check [-- <upstream>] [--ref <branch or tag>]

Lists the files this repository changed outside the office's own part (content/ and
public/admin/config.yml) since the last Warta commit it merged: the files on which the next release can conflict. <upstream> is the
address of the Warta repository (or a remote's name); default: WARTA_UPSTREAM, else the remote
named upstream. --ref: its branch or tag (default: main). Exits 1 when a file is outside.`;

const args = commandLine(USAGE, { ref: { type: 'string', default: 'main' } });
if (args.positionals.length > 1) exitWith(USAGE, `give one upstream, not ${args.positionals.length}`, 2);
const hasUpstreamRemote = () => spawnSync('git', ['remote', 'get-url', 'upstream'], { stdio: 'ignore' }).status === 0;
const upstream = args.positionals[0] || process.env['WARTA_UPSTREAM'] || (hasUpstreamRemote() ? 'upstream' : undefined);
if (!upstream) {
  console.log(
    'No upstream to compare with (Warta itself, or a fork that has not named it): give its address, set WARTA_UPSTREAM, or add a remote named upstream.',
  );
  process.exit(0);
}

try {
  const report = upgradeCheck(process.cwd(), upstream, args.values.ref);
  const text = formatReport(report);
  if (report.outside.length === 0) console.log(text);
  else console.error(text);
  process.exitCode = report.outside.length === 0 ? 0 : 1;
} catch (error) {
  if (!(error instanceof UpgradeCheckError)) throw error;
  exitWith(USAGE, error.message);
}
