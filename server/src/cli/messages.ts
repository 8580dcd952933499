// What the `nos` command line says in a run's own words, in English and Welsh: the summary
// line of `check`, the reasons after `nos: <path>:` for an input that cannot be read or
// written, and its other notices on stderr. Each is written in the run's language
// (--messages-language, else --lang cy, else English). Machine-read words stay as they are:
// the severities of a finding line, rule ids, option names, code names (UTF-8, NUL) and
// the file names and globs quoted as values. Usage text and usage errors are English.
//
// Welsh counts with the singular noun after a numeral ("5 ffeil, 23 gwall"), and a file,
// the subject of most reasons, is feminine ("ei darllen", "heb ei hysgrifennu").

import type { Bilingual } from '../core';
import type { Message, MessageTable } from '../core/messages/message';

/**
 * Why an input cannot be handled, or a notice, in both languages: plain data, written in
 * the run's language where it is reported, and sent as it is between threads.
 */
export type Reason = Bilingual;

/** `1 file`, `2 files`. */
function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const CLI = {
  /** The last line of `check --format text`. */
  summary: {
    en: ({ files, errors, warnings, information, hints }) =>
      [plural(files, 'file'), plural(errors, 'error'), plural(warnings, 'warning'), `${information} information`, plural(hints, 'hint')].join(', '),
    cy: ({ files, errors, warnings, information, hints }) => `${files} ffeil, ${errors} gwall, ${warnings} rhybudd, ${information} gwybodaeth, ${hints} awgrym`,
  } satisfies Message<{ files: number; errors: number; warnings: number; information: number; hints: number }>,
  tooManyWarnings: {
    en: ({ count, max }) => `${plural(count, 'warning')}, more than --max-warnings ${max}`,
    cy: ({ count, max }) => `${count} rhybudd, mwy na --max-warnings ${max}`,
  } satisfies Message<{ count: number; max: number }>,
  /** What `nos fix` did to a file, after its path. */
  fixes: {
    en: ({ count }) => plural(count, 'fix', 'fixes'),
    cy: ({ count }) => `${count} trwsiad`,
  } satisfies Message<{ count: number }>,
  lineBreaks: {
    en: ({ count }) => plural(count, 'line break'),
    cy: ({ count }) => `${count} toriad llinell`,
  } satisfies Message<{ count: number }>,

  /** Failed file operations by Node's error code; other codes keep Node's own words. */
  reasons: {
    ENOENT: { en: 'no such file or directory', cy: "nid oes ffeil na chyfeiriadur o'r fath" },
    EACCES: { en: 'permission denied', cy: 'gwrthodwyd caniatâd' },
    EPERM: { en: 'operation not permitted', cy: 'ni chaniateir y weithred' },
    EISDIR: { en: 'is a directory', cy: "mae'n gyfeiriadur" },
    ENOTDIR: { en: 'not a directory', cy: "nid yw'n gyfeiriadur" },
    ELOOP: { en: 'too many levels of symbolic links', cy: 'gormod o lefelau o ddolenni symbolaidd' },
    ENAMETOOLONG: { en: 'file name too long', cy: "mae enw'r ffeil yn rhy hir" },
    EROFS: { en: 'read-only file system', cy: 'system ffeiliau darllen yn unig' },
    ENOSPC: { en: 'no space left on device', cy: 'nid oes lle ar ôl ar y ddyfais' },
  } satisfies Record<string, Bilingual>,

  /** Reading a draft. */
  notUtf8: { en: 'not valid UTF-8', cy: "nid yw'n UTF-8 dilys" } satisfies Bilingual,
  otherEncoding: {
    en: ({ encoding }) => `${encoding} text; save it as UTF-8`,
    cy: ({ encoding }) => `testun ${encoding}; cadwch y ffeil fel UTF-8`,
  } satisfies Message<{ encoding: string }>,
  /** A Unicode encoding named instead of "not valid UTF-8"; Welsh gives the byte order as its code, LE or BE. */
  encoding: {
    en: ({ bits, order, noMark }) => `UTF-${bits} (${order === 'LE' ? 'little' : 'big'}-endian${noMark ? ', no byte order mark' : ''})`,
    cy: ({ bits, order, noMark }) => `UTF-${bits}${order}${noMark ? ' (heb nod trefn beitiau)' : ''}`,
  } satisfies Message<{ bits: 16 | 32; order: 'LE' | 'BE'; noMark: boolean }>,
  binary: { en: 'binary file (contains NUL bytes)', cy: "ffeil ddeuaidd (mae'n cynnwys beitiau NUL)" } satisfies Bilingual,
  tooLarge: {
    en: ({ characters }) => `too large for a draft (over ${characters} characters)`,
    cy: ({ characters }) => `rhy fawr i fod yn ddrafft (dros ${characters} nod)`,
  } satisfies Message<{ characters: string }>,
  changedWhileRead: { en: 'changed while it was read', cy: 'newidiodd tra oedd yn cael ei darllen' } satisfies Bilingual,
  notRegular: {
    en: ({ kind }) => `not a regular file${kind ? ` (${kind})` : ''}`,
    cy: ({ kind }) => `nid yw'n ffeil reolaidd${kind ? ` (${kind})` : ''}`,
  } satisfies Message<{ kind?: string }>,
  /** What a path that is not a regular file is instead. */
  special: {
    pipe: { en: 'a named pipe', cy: "pibell wedi'i henwi" },
    socket: { en: 'a socket', cy: 'soced' },
    device: { en: 'a device', cy: 'dyfais' },
  } satisfies Record<string, Bilingual>,
  /** After the reason a file given by a name that is not valid UTF-8 is not found. */
  nameNotFound: {
    en: ({ reason }) => `${reason} (a file name that is not valid UTF-8 cannot be read: rename the file)`,
    cy: ({ reason }) => `${reason} (ni ellir darllen ffeil nad yw ei henw'n UTF-8 dilys: ailenwch y ffeil)`,
  } satisfies Message<{ reason: string }>,
  /** A file or folder met in a walk whose name is not valid UTF-8. */
  nameNotUtf8: {
    en: 'name is not valid UTF-8, so it cannot be read: rename it',
    cy: "nid yw'r enw'n UTF-8 dilys, felly ni ellir ei darllen: newidiwch yr enw",
  } satisfies Bilingual,
  noDrafts: {
    en: ({ patterns }) => `no drafts found (${patterns})`,
    cy: ({ patterns }) => `dim ffeiliau drafft wedi'u canfod (${patterns})`,
  } satisfies Message<{ patterns: string }>,
  internalError: {
    en: ({ reason }) => `could not be analysed (internal error: ${reason})`,
    cy: ({ reason }) => `ni ellid ei dadansoddi (gwall mewnol: ${reason})`,
  } satisfies Message<{ reason: string }>,
  /** A configuration file's first problem, counting the others. */
  moreProblems: {
    en: ({ problem, count }) => `${problem} (${count} more ${count === 1 ? 'problem' : 'problems'})`,
    cy: ({ problem, count }) => `${problem} (${count} problem arall)`,
  } satisfies Message<{ problem: string; count: number }>,

  /** Writing a draft back (`nos fix`): why it is left as it is. */
  notWritten: {
    en: ({ reason }) => `${reason}; not written`,
    cy: ({ reason }) => `${reason}; heb ei hysgrifennu`,
  } satisfies Message<{ reason: string }>,
  readOnly: { en: 'read-only file', cy: 'ffeil darllen yn unig' } satisfies Bilingual,
  hardLinks: {
    en: ({ count }) => `has ${count} hard links, which replacing it would split`,
    cy: ({ count }) => `mae ganddi ${count} dolen galed, a byddai ei disodli'n eu hollti`,
  } satisfies Message<{ count: number }>,
  otherOwner: {
    en: 'belongs to another user or group, which replacing it would change',
    cy: "mae'n perthyn i ddefnyddiwr neu grŵp arall, a byddai ei disodli'n newid hynny",
  } satisfies Bilingual,
  changedOnDisk: { en: 'changed on disk since it was read', cy: 'newidiodd ar y ddisg ers iddi gael ei darllen' } satisfies Bilingual,

  /** Notices of a run on stderr. */
  workerStopped: {
    en: ({ code }) => `the worker thread stopped with exit code ${code}`,
    cy: ({ code }) => `daeth edefyn y gweithiwr i ben gyda chod gadael ${code}`,
  } satisfies Message<{ code: number }>,
  workersCannotStart: {
    en: ({ reason }) => `worker threads cannot start (${reason}): checking on the main thread`,
    cy: ({ reason }) => `ni all edefynnau gweithiwr ddechrau (${reason}): mae'r gwirio'n digwydd ar y prif edefyn`,
  } satisfies Message<{ reason: string }>,
  cannotWrite: {
    en: ({ reason }) => `cannot write output: ${reason}`,
    cy: ({ reason }) => `ni ellir ysgrifennu'r allbwn: ${reason}`,
  } satisfies Message<{ reason: string }>,
} satisfies MessageTable;
