// Writes what is derived from the rule registry: the README's rules table, the
// `nos.rules` setting schema in package.json with its strings in package.nls*.json,
// schemas/rules.schema.json, the rule docs
// index docs/rules/README.md, the header block of each rule's page (and the page itself,
// to be written, for a new rule), docs/messages.md (every message in both languages), and
// the snippets' placeholder lines that placeholder-text looks for.
//
//   npm run generate            write every file that is out of date
//   node scripts/generate.mjs --check
//                               write nothing; list stale files and exit 1 if any

import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsxRequire } from 'tsx/cjs/api';
import { snippetLinesModule } from './snippetLines.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = tsxRequire('../server/src/core/index.ts', import.meta.url);
const { RULES, ruleDocsPath } = core;
const features = tsxRequire('../server/src/core/messages/features.ts', import.meta.url);
const { CONFIG_MESSAGES } = tsxRequire('../server/src/config/messages.ts', import.meta.url);
const { WORKSPACE } = tsxRequire('../server/src/core/suite/messages.ts', import.meta.url);
const { CLI } = tsxRequire('../server/src/cli/messages.ts', import.meta.url);
const { SPELLING_MESSAGES } = tsxRequire('../server/src/spelling/messages.ts', import.meta.url);

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];
const SEVERITY_NAMES = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const FIXABLE = { safe: 'safe fix', manual: 'fix to review', false: '' };
/** A rule's default: its severity, or off for a rule that runs only when turned on. */
const defaultLevel = (rule) => (rule.offByDefault ? 'off' : SEVERITY_NAMES[rule.defaultSeverity]);

/** `rules` are by id: keep the schema and tables in that order, whatever the registry's. */
const rules = [...RULES].sort((a, b) => (a.id < b.id ? -1 : 1));

/** How the severity levels read in Welsh, for the settings' descriptions. */
const LEVEL_NAMES_CY = { error: 'gwall', warning: 'rhybudd', information: 'gwybodaeth', hint: 'awgrym', off: 'i ffwrdd' };

/**
 * The strings of the `nos.rules` setting, by package.nls key, in both languages: package.json
 * refers to them as `%key%` so VS Code shows them in its display language, and
 * rules.schema.json (read by JSON validation, which has no nls) holds the English.
 */
function ruleStrings() {
  const strings = {
    'config.rules': {
      en: 'Severity per rule id (`error`, `warning`, `information`, `hint` or `off`), or an object with a ' +
        '`severity` and the rule\'s options, e.g. `{ "orphan-glossary-term": "off", "empty-section": { "optionalHeadings": false } }`. ' +
        `Rules: ${rules.map((rule) => `\`${rule.id}\``).join(', ')}.`,
      cy: 'Difrifoldeb pob rheol wrth ei henw (`error`, `warning`, `information`, `hint` neu `off`), neu wrthrych â ' +
        '`severity` ac opsiynau\'r rheol, e.e. `{ "orphan-glossary-term": "off", "empty-section": { "optionalHeadings": false } }`. ' +
        `Rheolau: ${rules.map((rule) => `\`${rule.id}\``).join(', ')}.`,
    },
    'config.rules.severity': { en: 'The severity of its findings, or off.', cy: 'Difrifoldeb ei chanfyddiadau, neu i ffwrdd.' },
    'config.rules.level.error': { en: 'Error', cy: 'Gwall' },
    'config.rules.level.warning': { en: 'Warning', cy: 'Rhybudd' },
    'config.rules.level.information': { en: 'Information', cy: 'Gwybodaeth' },
    'config.rules.level.hint': { en: 'Hint', cy: 'Awgrym' },
    'config.rules.level.off': { en: 'Off: the rule does not run', cy: "I ffwrdd: nid yw'r rheol yn rhedeg" },
  };
  for (const rule of rules) {
    const level = defaultLevel(rule);
    strings[`config.rules.${rule.id}`] = {
      en: `${rule.description.en} Default: ${level}.`,
      cy: `${rule.description.cy} Rhagosodiad: ${LEVEL_NAMES_CY[level]}.`,
    };
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      strings[`config.rules.${rule.id}.${name}`] = { en: option.description.en, cy: option.description.cy };
    }
  }
  return strings;
}
const RULE_STRINGS = ruleStrings();

/** A string of the rules schema: its English, or with `nls` a `%key%` reference. */
const text = (key, nls) => (nls ? `%${key}%` : RULE_STRINGS[key].en);

function severitySchema(nls) {
  return {
    type: 'string',
    enum: LEVELS,
    ...(nls && { enumDescriptions: LEVELS.map((level) => text(`config.rules.level.${level}`, nls)) }),
  };
}

/** The schema of one rule's setting: a level, or (for rules with options) an object. */
function ruleSchema(rule, nls) {
  const level = { ...severitySchema(nls), description: text(`config.rules.${rule.id}`, nls) };
  if (!rule.options) return level;
  const properties = { severity: { ...severitySchema(nls), description: text('config.rules.severity', nls) } };
  for (const [name, option] of Object.entries(rule.options)) {
    properties[name] = { type: option.type, default: option.default, description: text(`config.rules.${rule.id}.${name}`, nls) };
  }
  return {
    description: level.description,
    anyOf: [severitySchema(nls), { type: 'object', properties, additionalProperties: false }],
  };
}

/** With `nls`, its strings are `%key%` references (package.json). */
function rulesObjectSchema(nls = false) {
  return {
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule, nls)])),
    additionalProperties: false,
  };
}

/**
 * A package.nls file: its hand-written strings as they are, then the rules setting's,
 * written afresh (every generated key starts with "config.rules").
 */
function nlsFile(text, lang) {
  const current = text === null ? {} : JSON.parse(text);
  const kept = Object.entries(current).filter(([key]) => !key.startsWith('config.rules'));
  const generated = Object.entries(RULE_STRINGS).map(([key, value]) => [key, value[lang]]);
  return JSON.stringify(Object.fromEntries([...kept, ...generated]), null, 2) + '\n';
}

function rulesSchemaFile() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'rules.schema.json',
    title: 'NOS Author rule settings',
    description: 'Severity (error, warning, information, hint or off) per rule id, or an object with a severity and the rule\'s options.',
    ...rulesObjectSchema(),
  };
}

const docsLink = (rule, from) => path.posix.relative(from, ruleDocsPath(rule.id));
const covers = (rule) => rule.covers.join(', ') || '-';

function readmeTable() {
  const rows = rules.map((rule) =>
    `| [\`${rule.id}\`](${docsLink(rule, '.')}) | ${covers(rule)} | ${defaultLevel(rule)} | ${FIXABLE[rule.fixable] || '-'} | ${rule.description.en} |`);
  return ['| Id | Format rules | Default | Fixes | Checks |', '|---|---|---|---|---|', ...rows].join('\n');
}

function docsIndex() {
  const rows = rules.map((rule) =>
    `| [\`${rule.id}\`](${rule.id}.md) | ${covers(rule)} | ${defaultLevel(rule)} | ${FIXABLE[rule.fixable] || '-'} | ${rule.description.en}<br>*${rule.description.cy}* |`);
  return [
    '<!-- Generated by `npm run generate` from the rule registry: do not edit. -->',
    '',
    '# Rules',
    '',
    'Every rule NOS Author checks, with the format rules (S-numbers of the NOS format) it covers,',
    'its default severity and whether its findings carry fixes. Set a rule\'s severity, or `off`, with',
    'the `nos.rules` setting; a rule with options takes an object, e.g.',
    '`{ "empty-section": { "optionalHeadings": false } }`.',
    '',
    '| Id | Format rules | Default | Fixes | Checks · Gwirio |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const PAGE_START = '<!-- rule:start (generated by `npm run generate`: do not edit this block) -->';
const PAGE_END = '<!-- rule:end -->';

function pageHeader(rule) {
  const lines = [
    PAGE_START,
    `# \`${rule.id}\``,
    '',
    `${rule.description.en}`,
    '',
    `*${rule.description.cy}*`,
    '',
    '| Format rules | Default severity | Fixes |',
    '|---|---|---|',
    `| ${covers(rule)} | ${defaultLevel(rule)} | ${FIXABLE[rule.fixable] || 'none'} |`,
  ];
  if (rule.options) {
    lines.push('', '| Option | Type | Default | What it does |', '|---|---|---|---|');
    for (const [name, option] of Object.entries(rule.options)) {
      lines.push(`| \`${name}\` | ${option.type} | \`${JSON.stringify(option.default)}\` | ${option.description.en} |`);
    }
  }
  lines.push(PAGE_END);
  return lines.join('\n');
}

/** A new rule's page: the generated block, then the parts its author writes. */
function newPage(rule) {
  return [
    pageHeader(rule),
    '',
    '## What it checks',
    '',
    '## Why',
    '',
    '## Examples',
    '',
    '## Fixes',
    '',
    '## What it does not catch',
    '',
  ].join('\n');
}

/** Values shown as {name} placeholders, so a message's wording can be read and reviewed. */
const PLACEHOLDERS = new Proxy({}, { get: (_, name) => `{${String(name)}}` });
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function messageRows(table, prefix = '') {
  return Object.entries(table).flatMap(([key, entry]) => {
    if (!('en' in entry && 'cy' in entry)) return messageRows(entry, `${prefix}${key}.`);
    const [en, cy] = [entry.en, entry.cy].map((text) => (typeof text === 'function' ? text(PLACEHOLDERS) : text));
    return [`| \`${prefix}${key}\` | ${cell(en)} | ${cell(cy)} |`];
  });
}

/** Every message of every rule and feature, English beside Welsh: the translator's review page. */
function messagesPage() {
  const areas = [
    ...rules.map((rule) => [`Rule \`${rule.id}\` (server/src/core/${rule.suite ? 'suite' : 'rules'}/${rule.id}.ts)`, rule.messages]),
    ['Hover (server/src/core/messages/features.ts)', features.HOVER],
    ['Outline (server/src/core/messages/features.ts)', features.OUTLINE],
    ['Fixes (server/src/core/messages/features.ts)', features.FIXES],
    ['Rename (server/src/core/messages/features.ts)', features.RENAME],
    ['Workspace (server/src/core/suite/messages.ts)', WORKSPACE],
    ['Configuration files and settings (server/src/config/messages.ts)', CONFIG_MESSAGES],
    ['Command line (server/src/cli/messages.ts)', CLI],
    ['Spelling dictionaries, in the editor and on the command line (server/src/spelling/messages.ts)', SPELLING_MESSAGES],
  ];
  return [
    '<!-- Generated by `npm run generate` from the message tables: do not edit. -->',
    '',
    '# Messages',
    '',
    'Every message, fix title and label the rules, editor features and command line show, in',
    'English and Welsh, from the message table of each area. Values are shown as `{name}`. Headings,',
    'lead-ins, metadata labels and what each part holds are in the catalogue (server/src/core/catalogue.ts).',
    ...areas.flatMap(([title, table]) => ['', `## ${title}`, '', '| Key | English | Cymraeg |', '|---|---|---|', ...messageRows(table)]),
    '',
  ].join('\n');
}

function replaceBetween(text, start, end, body, file) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: markers ${start} … ${end} not found`);
  return text.slice(0, from) + body + text.slice(to + end.length);
}

/** Every generated file: path → its wanted content given the current one (or null). */
const outputs = {
  'README.md': (text) => replaceBetween(text, '<!-- rules:start -->', '<!-- rules:end -->',
    `<!-- rules:start -->\n${readmeTable()}\n<!-- rules:end -->`, 'README.md'),
  'package.json': (text) => {
    const pkg = JSON.parse(text);
    const setting = pkg.contributes.configuration.properties['nos.rules'];
    const { default: def, scope } = setting;
    pkg.contributes.configuration.properties['nos.rules'] = { type: 'object', default: def, scope, ...rulesObjectSchema(true), markdownDescription: '%config.rules%' };
    return JSON.stringify(pkg, null, 2) + '\n';
  },
  'package.nls.json': (text) => nlsFile(text, 'en'),
  'package.nls.cy.json': (text) => nlsFile(text, 'cy'),
  'schemas/rules.schema.json': () => JSON.stringify(rulesSchemaFile(), null, 2) + '\n',
  'docs/rules/README.md': () => docsIndex(),
  'docs/messages.md': () => messagesPage(),
  'server/src/core/metadata/snippetLines.ts': () => snippetLinesModule(path.join(ROOT, 'snippets', 'nos.code-snippets')),
  ...Object.fromEntries(rules.map((rule) => [ruleDocsPath(rule.id), (text) =>
    text === null ? newPage(rule) : replaceBetween(text, PAGE_START, PAGE_END, pageHeader(rule), ruleDocsPath(rule.id))])),
};

const check = process.argv.includes('--check');
const stale = [];
for (const [file, make] of Object.entries(outputs)) {
  const full = path.join(ROOT, file);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
  const wanted = make(current);
  if (wanted === current) continue;
  stale.push(file);
  if (!check) {
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, wanted);
  }
}
if (check && stale.length) {
  process.stderr.write(`Out of date (run npm run generate): ${stale.join(', ')}\n`);
  process.exit(1);
}
if (!check) process.stdout.write(stale.length ? `Wrote ${stale.join(', ')}\n` : 'Everything generated is up to date.\n');
