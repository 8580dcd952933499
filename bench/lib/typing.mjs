// The keystrokes of the server part, with the findings the bundled core computes for
// every version, so that a diagnostics report (pull reports carry no version) can be
// matched to the version it was computed from by its content.
//
// Both plans type in the criterion or knowledge item nearest the middle of the
// document, one keystroke of them a newline:
// - 'prose' appends words to the item's text, as a writer does. Most keystrokes
//   change no finding (the report is right for the new version either way); the
//   newline moves every later finding, which proves that report fresh.
// - 'label' types spaces before the item's label, which is misnumbered first (its
//   label becomes a wrong number, unless a finding already starts there). The
//   finding at the label moves one character right, or one line down, on every
//   keystroke, so every report proves which version it was computed from.

const PROSE = ' yn unol â gweithdrefnau eich sefydliad';

/**
 * Findings or LSP diagnostics reduced to rule and range, order-independent. Spelling's are
 * left out: the server adds them when its dictionary worker answers, after the others, and
 * the core in the bench has no dictionaries to expect them from.
 */
function fingerprint(list) {
  return list
    .filter(({ ruleId, code }) => (ruleId ?? code) !== 'spelling')
    .map(({ ruleId, code, range: { start, end } }) => `${ruleId ?? code}@${start.line}:${start.character}-${end.line}:${end.character}`)
    .sort()
    .join('\n');
}

/** The criterion or knowledge item nearest the middle line, with its place in its list. */
function middleItem(core, doc) {
  const middle = doc.lines.lineCount / 2;
  const items = doc.sections
    .filter((section) => core.sectionSpec(section.id).sequence)
    .flatMap((section) => section.items.map((item, position) => ({ item, position })));
  if (items.length === 0) throw new Error('the document has no numbered list to type in');
  const distance = ({ item }) => Math.abs(item.line - middle);
  return items.reduce((best, next) => (distance(next) < distance(best) ? next : best));
}

/** Text where a finding starts at the item's label: as it is, or with the label made a wrong number. */
function misnumbered(core, text, { item, position }, doc) {
  const label = item.labelRange.start;
  const reported = core.analyse(text).findings.some((f) => f.range.start.line === label.line && f.range.start.character === label.character);
  if (reported) return text;
  const lineStart = doc.lines.lineStart(item.line);
  return text.slice(0, lineStart + label.character) + `${position + 101}.` + text.slice(lineStart + item.labelRange.end.character);
}

/**
 * The text to open (version 1) and `keys` keystrokes, the one at `newlineAt` a newline,
 * each with its LSP change, version and expected fingerprint; `label` is where the
 * item's label ends up, for hover and code actions.
 */
export function planTyping(core, original, { where, keys, newlineAt }) {
  const doc = core.parse(original);
  const middle = middleItem(core, doc);
  const { item } = middle;
  const text = where === 'label' ? misnumbered(core, original, middle, doc) : original;
  let cursor = { line: item.line, character: where === 'label' ? 0 : doc.lines.lineEnd(item.line) - doc.lines.lineStart(item.line) };
  let offset = doc.lines.lineStart(item.line) + cursor.character;
  let current = text;
  let previous = fingerprint(core.analyse(text).findings);
  const opened = previous;
  const strokes = [];
  for (let k = 0; k < keys; k++) {
    const typed = k === newlineAt ? '\n' : where === 'label' ? ' ' : PROSE[k % PROSE.length];
    current = current.slice(0, offset) + typed + current.slice(offset);
    const change = { range: { start: cursor, end: cursor }, text: typed };
    offset++;
    cursor = typed === '\n' ? { line: cursor.line + 1, character: 0 } : { line: cursor.line, character: cursor.character + 1 };
    const expected = fingerprint(core.analyse(current).findings);
    strokes.push({ change, version: k + 2, expected, proves: expected !== previous });
    previous = expected;
  }
  const indent = item.labelRange.start.character;
  const label = where === 'label' ? { line: cursor.line, character: cursor.character + indent } : item.labelRange.start;
  return { where, text, opened, strokes, label, labelChanged: text !== original };
}

/** 'fresh' when the report matches the version's findings, 'stale' when an older version's, else 'unexpected'. */
export function freshness(plan, version, items) {
  const print = fingerprint(items);
  if (print === (version === 1 ? plan.opened : plan.strokes[version - 2].expected)) return 'fresh';
  const older = print === plan.opened || plan.strokes.some((s) => s.version < version && s.expected === print);
  return older ? 'stale' : 'unexpected';
}

/** The version whose findings the report shows (the newest one on a tie), or null. */
export function versionShown(plan, items) {
  const print = fingerprint(items);
  for (let i = plan.strokes.length - 1; i >= 0; i--) if (plan.strokes[i].expected === print) return plan.strokes[i].version;
  return print === plan.opened ? 1 : null;
}
