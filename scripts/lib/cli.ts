import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Prints a message (with the usage, for a usage error: exit code 2) and exits. */
export function exitWith(usage: string, message: string, code = 1): never {
  console.error(`${message}${code === 2 ? `\n\n${usage}` : ''}`);
  process.exit(code);
}

/** Parses the command line: a bad option prints the usage and exits 2; --help prints it and exits 0. */
export function commandLine<const Options extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: Options,
) {
  try {
    const args = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if ((args.values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return args;
  } catch (error) {
    return exitWith(usage, (error as Error).message, 2);
  }
}
