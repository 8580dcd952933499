// The `nos` command line: argument parsing and dispatch to the commands.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { version } from '../../../package.json';
import type { Lang } from '../core';
import { DiagnosticEncoder } from '../shared/diagnostic';
import { packageRootUri } from '../shared/packageRoot';
import { check } from './check';
import { CliConfig } from './config';
import { describe, UsageError } from './errors';
import { DRAFT_PATTERNS } from './files';
import { fix } from './fix';
import { CHECK_FORMATS } from './formats';
import { bilingual } from '../core/messages/message';
import { CLI } from './messages';
import { outline, OUTLINE_FORMATS } from './outline';
import { write } from './output';
import { MAX_CHARACTERS } from './readBytes';
import { report } from './report/command';
import { rules, RULES_FORMATS } from './rules';
import { exportCommand, importCommand } from './word';

const USAGE = `Usage: nos <command> [options] <file|dir>...

Commands:
  check [--format ${Object.keys(CHECK_FORMATS).join('|')}] [--max-warnings N] [--lang auto|en|cy] [--messages-language en|cy] [--config FILE] [--no-workspace] <file|dir>...
      Report problems, one line each: path:line:col severity rule-id message.
      Given a directory, also check the drafts as one suite (duplicate URNs and titles,
      links to URNs none has); the output then comes once every draft is read.
  fix [--stdout] [--reflow] [--lang auto|en|cy] [--messages-language en|cy] [--config FILE] <file|dir>...
      Apply every safe fix in place (numbering, lead-ins, capitals and stops, invisible
      characters: "safe fix" on the rule pages); --stdout prints the fixed text of one file.
      --reflow instead puts each heading, lead-in and item of flattened text (every line
      break a space, as dataset exports have it) on a line of its own.
  outline [--format ${OUTLINE_FORMATS.join('|')}] [--lang auto|en|cy] [--messages-language en|cy] [--config FILE] <file>
      Print the structure of one draft.
  report [--format html|json] [--lang auto|en|cy] [--config FILE] -o <file> <file|dir>...
      Write a quality report on a whole suite: one self-contained HTML page with
      totals, charts and a table of standards, or its figures as JSON (-o optional).
      Each standard's findings are those check finds, on a folder the suite's too.
  rules [--format ${RULES_FORMATS.join('|')}] [--lang en|cy]
      List the rules: id, format rules, default severity, fixes, description.
  import [-o <file>] [--lang auto|en|cy] [--config FILE] <draft.docx>
      Convert a Word document into NOS text (draft.nos.txt beside it, never over an
      existing file; -o names the file to write or replace, - for stdout), then check it.
  export [-o <file>] [--lang auto|en|cy] [--config FILE] <draft>
      Write a draft as a Word document with headings and numbered lists (draft.docx
      beside it, never over an existing file; -o names the file to write or replace).

Options:
  --format FORMAT      Output format (default text; html for report)
  -o, --output <file>  The file report, import or export writes
  --lang auto|en|cy    Language of the drafts (default: the configuration's, else
                       detected per file)
  --messages-language en|cy
                       Language of the messages, whatever the drafts' language
                       (default: each draft's)
  --config FILE        Use this configuration for every draft instead of the
                       nearest .nosrc.json in the draft's folder or above it
  --max-warnings N     Exit with status 1 when there are more than N warnings
  --no-workspace       Check each draft on its own, without the suite checks
  -h, --help           Show this help
  -v, --version        Show the version

Directories are searched recursively for ${DRAFT_PATTERNS} files and those the
"files" globs of .nosrc.json name, skipping node_modules and hidden files and
directories.

Exit status: 0 no error-level problem, 1 error-level problems found (check, import) or
more warnings than --max-warnings, 2 bad usage, a configuration file with
problems, or an input that could not be read or written (binary, not UTF-8,
over ${MAX_CHARACTERS.toLocaleString('en-GB')} characters, or changed while it was read).

check reads and analyses drafts in worker threads, one per core, for runs of 20 MB of drafts
or more (2 MB with more than two cores); NOS_WORKERS=N sets the number of workers (0: none,
everything on the main thread).
`;

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  'messages-language': { type: 'string' },
  config: { type: 'string' },
  'max-warnings': { type: 'string' },
  'no-workspace': { type: 'boolean' },
  stdout: { type: 'boolean' },
  reflow: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** The options each command takes besides --help. */
const COMMANDS: Record<string, readonly string[]> = {
  check: ['format', 'lang', 'messages-language', 'config', 'max-warnings', 'no-workspace'],
  fix: ['stdout', 'reflow', 'lang', 'messages-language', 'config'],
  outline: ['format', 'lang', 'messages-language', 'config'],
  report: ['format', 'lang', 'config', 'output'],
  rules: ['format', 'lang'],
  import: ['output', 'lang', 'config'],
  export: ['output', 'lang', 'config'],
};

/** The Word commands. */
const WORD_COMMANDS = { import: importCommand, export: exportCommand };

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  const chosen = value ?? allowed[0];
  if (!allowed.includes(chosen as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return chosen as T;
}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number (0 or more)`);
  return Number(value);
}

/** Welsh when the locale is (LC_ALL, else LC_MESSAGES, else LANG, as programs read them), else English. */
function localeLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^cy(?:[_.@]|$)/i.test(locale) ? 'cy' : 'en';
}

/** What a command line asks for: text to write (help, version), or a command to run, in the run's language. */
type Request = { text: string } | { lang: Lang; run: () => Promise<number> };

/** Reads the command line; throws UsageError (or parseArgs' errors) when it is wrong. */
function request(args: string[]): Request {
  const [command, ...rest] = args;
  if (command === '-h' || command === '--help') return { text: USAGE };
  if (command === '-v' || command === '--version') return { text: `${version}\n` };
  if (command === undefined) throw new UsageError('no command given');
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command '${command}'`);
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) return { text: USAGE };
  for (const option of Object.keys(values)) {
    if (!COMMANDS[command].includes(option)) throw new UsageError(`${command} takes no --${option} option`);
  }
  if (command === 'rules') {
    if (positionals.length) throw new UsageError('rules takes no file or directory');
    const lang = choice<Lang>('lang', values.lang ?? localeLanguage(), ['en', 'cy']);
    const format = choice('format', values.format, RULES_FORMATS);
    return { lang, run: () => rules({ format, lang }) };
  }
  if (positionals.length === 0) throw new UsageError(`${command}: no file or directory given`);
  // Only a language given here wins over configuration files.
  const language = values.lang === undefined ? undefined : choice<Lang | 'auto'>('lang', values.lang, ['auto', 'en', 'cy']);
  const messages = values['messages-language'] === undefined ? undefined : choice<Lang>('messages-language', values['messages-language'], ['en', 'cy']);
  // The language of the run's own words: its summary, problems and notices.
  const lang: Lang = messages ?? (language === 'cy' || language === 'en' ? language : localeLanguage());
  const config = () => CliConfig.create({ configFile: values.config, language, messages });
  if (command === 'check') {
    const format = choice('format', values.format, Object.keys(CHECK_FORMATS) as Array<keyof typeof CHECK_FORMATS>);
    const maxWarnings = count('max-warnings', values['max-warnings']);
    const workspace = values['no-workspace'] !== true;
    return { lang, run: async () => check(positionals, { format, config: await config(), encoder: new DiagnosticEncoder(packageRootUri()), lang, maxWarnings, workspace }) };
  }
  if (command === 'report') {
    const format = choice('format', values.format, ['html', 'json'] as const);
    return { lang, run: async () => report(positionals, { format, config: await config(), language: language ?? 'auto', output: values.output, lang }) };
  }
  if (Object.hasOwn(WORD_COMMANDS, command)) {
    const word = WORD_COMMANDS[command as keyof typeof WORD_COMMANDS];
    return { lang, run: async () => word(positionals, { output: values.output, config: await CliConfig.create({ configFile: values.config, language }), lang }) };
  }
  if (command === 'fix') {
    return { lang, run: async () => fix(positionals, { stdout: values.stdout === true, reflow: values.reflow === true, config: await config(), lang }) };
  }
  const format = choice('format', values.format, OUTLINE_FORMATS);
  return { lang, run: async () => outline(positionals, { format, config: await config(), lang }) };
}

/**
 * Ends the run when stdout fails, saying why in the run's language. A reader that goes away
 * (`nos check . | head`) ends it quietly, with the status of a process killed by SIGPIPE
 * as other Unix tools report it.
 */
function onOutputError(lang: Lang): (error: NodeJS.ErrnoException) => void {
  return (error) => {
    if (error.code !== 'EPIPE') process.stderr.write(`nos: ${bilingual(CLI.cannotWrite, { reason: describe(error) })[lang]}\n`);
    process.exit(error.code === 'EPIPE' ? 141 : 2);
  };
}

async function run(args: string[]): Promise<number> {
  const asked = request(args);
  const lang = 'text' in asked ? 'en' : asked.lang;
  process.stdout.on('error', onOutputError(lang));
  if ('text' in asked) {
    await write(asked.text);
    return 0;
  }
  try {
    return await asked.run();
  } catch (error) {
    // The usage follows a usage error, in English; anything else is one line in the run's language.
    if (error instanceof UsageError) throw error;
    process.stderr.write(`nos: ${describe(error)[lang]}\n`);
    return 2;
  }
}

/** parseArgs reports unknown options and missing values with these codes. */
function isArgumentError(error: unknown): error is Error {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  return code.startsWith('ERR_PARSE_ARGS_');
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || isArgumentError(error)) {
      // parseArgs adds advice on `--` after the first sentence; the usage says enough.
      const message = error.message.split(/\.\s/)[0];
      process.stderr.write(`nos: ${message}\n\n${USAGE}`);
    } else {
      process.stderr.write(`nos: ${describe(error).en}\n`);
    }
    process.exitCode = 2;
  },
);
