/**
 * Command-line arguments for the tools in scripts/, read the same way everywhere: `--help` or `-h`
 * prints the usage on stdout and exits 0; an argument the tool does not know prints what is wrong
 * and the usage on stderr and exits 2 (the usual code for a usage error), before anything starts.
 * (scripts/serve.ts handles its arguments itself: the test and bench snapshots copy it alone.)
 */

export interface CliSpec {
  /** The usage text; its first line reads `Usage: <command> …`. */
  usage: string;
  /** Switches without a value, e.g. `--no-build`. */
  flags?: readonly string[];
  /** Options written `--name=value`, by name without dashes, and whether the value is a number. */
  options?: Readonly<Record<string, 'number' | 'text'>>;
  /** How many plain arguments (not starting with `-`) are allowed; default none. */
  maxPositionals?: number;
}

export interface CliArgs {
  flags: ReadonlySet<string>;
  /** Options given, by name (without dashes); numbers already checked. */
  options: ReadonlyMap<string, string>;
  positionals: readonly string[];
}

export type CliReading = { kind: 'help' } | { kind: 'usage-error'; message: string } | { kind: 'ok'; args: CliArgs };

/** Reads `argv` (without node and the script) against `spec`; prints and exits nothing. */
export function readCliArgs(spec: CliSpec, argv: readonly string[]): CliReading {
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (const arg of argv) {
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      if (positionals.length > (spec.maxPositionals ?? 0)) return { kind: 'usage-error', message: `unexpected argument "${arg}"` };
    } else if (spec.flags?.includes(arg)) {
      flags.add(arg);
    } else {
      const [, name = '', value] = /^--([^=]+)(?:=(.*))?$/s.exec(arg) ?? [];
      const type = spec.options?.[name];
      if (!type) return { kind: 'usage-error', message: `unknown option "${arg}"` };
      if (value === undefined || value === '') return { kind: 'usage-error', message: `"--${name}" needs a value: --${name}=<value>` };
      if (type === 'number' && !Number.isFinite(Number(value))) return { kind: 'usage-error', message: `"--${name}" needs a number, not "${value}"` };
      options.set(name, value);
    }
  }
  return { kind: 'ok', args: { flags, options, positionals } };
}

/** Says what is wrong with the command line, prints the usage on stderr and exits 2. */
export function exitWithUsageError(spec: Pick<CliSpec, 'usage'>, message: string): never {
  console.error(`${message}\n\n${spec.usage}`);
  process.exit(2);
}

/**
 * Reads this process's arguments against `spec`. On `--help` prints the usage and exits 0; on an
 * argument it does not know, says what is wrong, prints the usage on stderr and exits 2.
 */
export function parseCliArgs(spec: CliSpec, argv: readonly string[] = process.argv.slice(2)): CliArgs {
  const reading = readCliArgs(spec, argv);
  if (reading.kind === 'ok') return reading.args;
  if (reading.kind === 'help') {
    console.log(spec.usage);
    process.exit(0);
  }
  return exitWithUsageError(spec, reading.message);
}
