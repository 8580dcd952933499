// `.nosrc.json` files and editor settings: parsing with problems at their place, the
// order in which sources win, the search for the nearest file, and agreement with the
// JSON Schema that VS Code validates the files with.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../server/src/core';
import { lineAndColumn, parseConfigFile } from '../../server/src/config/configFile';
import { anchored, matcher } from '../../server/src/config/globs';
import { ConfigFiles, NotKnownYet } from '../../server/src/config/lookup';
import { resolveSettings } from '../../server/src/config/resolve';
import { mergeRuleSettings } from '../../server/src/config/ruleSettings';
import { checkSettings, DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { ROOT } from './helpers/fixtures';

/** Each problem as `line:column message`, with the text it points at. */
function problemsOf(text: string): string[] {
  return parseConfigFile(text).problems.map((problem) => {
    const { line, column } = lineAndColumn(text, problem.offset);
    return `${line}:${column} ${text.slice(problem.offset, problem.offset + problem.length)} | ${problem.message.en}`;
  });
}

describe('.nosrc.json', () => {
  it('reads language, rules and overrides, with comments and trailing commas', () => {
    const text = `// Team settings
{
  "language": "cy", /* Welsh drafts */
  "rules": { "orphan-glossary-term": "off", "empty-section": { "severity": "error" }, },
  "overrides": [{ "files": ["english/**"], "language": "en", "rules": { "criteria-numbering": "warning" } }],
}`;
    const { config, problems } = parseConfigFile(text);
    assert.deepEqual(problems, []);
    assert.equal(config.language, 'cy');
    assert.deepEqual(config.rules, { 'orphan-glossary-term': 'off', 'empty-section': { severity: 'error' } });
    assert.equal(config.overrides.length, 1);
    assert.deepEqual(config.overrides[0].files, ['english/**']);
    assert.ok(config.overrides[0].matches('english/a.nos.txt'));
    assert.ok(config.overrides[0].matches('english/deep/b.nos.txt'));
    assert.ok(!config.overrides[0].matches('welsh/english/a.nos.txt'));
    assert.ok(!config.overrides[0].matches('a.nos.txt'));
  });

  it('matches a pattern without "/" against the file name in any folder', () => {
    const { config } = parseConfigFile('{"overrides": [{"files": ["*.nos.md"], "rules": {}}]}');
    assert.ok(config.overrides[0].matches('a.nos.md'));
    assert.ok(config.overrides[0].matches('x/y/a.nos.md'));
    assert.ok(!config.overrides[0].matches('x/a.nos.txt'));
  });

  it('reports each problem where it is and keeps the valid parts', () => {
    const text = `{
  "langauge": "cy",
  "language": "fr",
  "rules": {
    "orphan-glossary-term": "off",
    "orphan-term": "off",
    "empty-section": { "severity": "warning", "strict": true, "optionalHeadings": "no" },
    "criteria-numbering": { "severity": "warning" }
  },
  "overrides": [{ "rules": {} }, { "files": ["a/**"], "rules": { "missing-title": "hint" } }, 3]
}`;
    assert.deepEqual(problemsOf(text), [
      `2:3 "langauge" | Unknown property "langauge"; expected one of "$schema", "language", "rules", "overrides", "files", "pairs".`,
      `3:15 "fr" | "language" must be "auto", "en" or "cy".`,
      `6:5 "orphan-term" | Unknown rule "orphan-term"; did you mean "orphan-glossary-term"?`,
      `7:47 "strict" | The rule "empty-section" has no option "strict".`,
      `7:83 "no" | The option "optionalHeadings" of "empty-section" must be of type "boolean".`,
      `8:27 { "severity": "warning" } | The severity of "criteria-numbering" must be one of "error", "warning", "information", "hint", "off".`,
      `10:17 { "rules": {} } | Each entry of "overrides" needs "files": a non-empty array of glob patterns, e.g. ["welsh/**"].`,
      `10:95 3 | "overrides[2]" must be a JSON object.`,
    ]);
    const { config } = parseConfigFile(text);
    assert.equal(config.language, undefined);
    // Only a rule with options takes an object; the valid parts of one are kept.
    assert.deepEqual(config.rules, { 'orphan-glossary-term': 'off', 'empty-section': { severity: 'warning' } });
    assert.deepEqual(config.overrides.map((o) => o.rules), [{ 'missing-title': 'hint' }]);
  });

  it('names the rule a misspelt id most likely means, or lists the rules in order', () => {
    const text = '{ "rules": { "stray-markp": "off", "item": "off", "Heading-Typo": "off" } }';
    const sorted = RULES.map((rule) => `"${rule.id}"`).sort().join(', ');
    assert.deepEqual(problemsOf(text), [
      `1:14 "stray-markp" | Unknown rule "stray-markp"; did you mean "stray-markup"?`,
      `1:36 "item" | Unknown rule "item"; the rules are ${sorted}.`,
      `1:51 "Heading-Typo" | Unknown rule "Heading-Typo"; did you mean "heading-typo"?`,
    ]);
    assert.equal(parseConfigFile(text).problems[0].message.cy, 'Rheol anhysbys "stray-markp"; ai "stray-markup" oedd dan sylw?');
  });

  it('reads "files", more files of the suite, as globs relative to the folder', () => {
    const { config, problems } = parseConfigFile('{"files": ["standards/*.md", "./drafts/**/*.txt", "*.draft"]}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.files, ['standards/*.md', 'drafts/**/*.txt', '*.draft']);
    // As the globs of overrides: one without '/' names a file in any folder.
    const listed = matcher(config.files);
    assert.deepEqual(['standards/a.md', 'standards/x/a.md', 'drafts/a.txt', 'drafts/x/y/a.txt', 'a.draft', 'x/y/a.draft', 'a.md'].map(listed), [true, false, true, true, true, true, false]);
    assert.deepEqual(config.files.map(anchored), ['standards/*.md', 'drafts/**/*.txt', '**/*.draft']);
    assert.deepEqual(parseConfigFile('{}').config.files, []);
    assert.deepEqual(parseConfigFile('{"files": []}').problems, []);
  });

  it('reports a "files" that is not an array, and each entry that is no glob of the folder, keeping the others', () => {
    const text = `{
  "files": ["standards/*.md", 3, "", "/etc/*.md", "../other/*.md", "a/../../b.md", "C:/drafts/*.md", "drafts\\\\*.md",
    "[abc.md", "{a,b.md", "a}.md", "!old/*.md", "ok/{a,b}/[0-9].md"]
}`;
    assert.deepEqual(problemsOf(text), [
      `2:31 3 | Each entry of "files" must be a glob of files in this folder or below it, e.g. "standards/*.md".`,
      `2:34 "" | Each entry of "files" must be a glob of files in this folder or below it, e.g. "standards/*.md".`,
      `2:38 "/etc/*.md" | "files": "/etc/*.md" must be relative to this file's folder, with "/" between folders and no "..": files outside it are not read.`,
      `2:51 "../other/*.md" | "files": "../other/*.md" must be relative to this file's folder, with "/" between folders and no "..": files outside it are not read.`,
      `2:68 "a/../../b.md" | "files": "a/../../b.md" must be relative to this file's folder, with "/" between folders and no "..": files outside it are not read.`,
      `2:84 "C:/drafts/*.md" | "files": "C:/drafts/*.md" must be relative to this file's folder, with "/" between folders and no "..": files outside it are not read.`,
      `2:102 "drafts\\\\*.md" | "files": "drafts\\*.md" must be relative to this file's folder, with "/" between folders and no "..": files outside it are not read.`,
      `3:5 "[abc.md" | "files": "[abc.md" is not a valid glob: every "[" and "{" must be closed, and "!" to leave files out is not supported.`,
      `3:16 "{a,b.md" | "files": "{a,b.md" is not a valid glob: every "[" and "{" must be closed, and "!" to leave files out is not supported.`,
      `3:27 "a}.md" | "files": "a}.md" is not a valid glob: every "[" and "{" must be closed, and "!" to leave files out is not supported.`,
      `3:36 "!old/*.md" | "files": "!old/*.md" is not a valid glob: every "[" and "{" must be closed, and "!" to leave files out is not supported.`,
    ]);
    assert.deepEqual(parseConfigFile(text).config.files, ['standards/*.md', 'ok/{a,b}/[0-9].md']);
    const notArray = parseConfigFile('{"files": "standards/*.md"}');
    assert.deepEqual(notArray.problems.map((p) => p.message), [{ en: '"files" must be an array.', cy: 'Rhaid i "files" fod yn arae.' }]);
    assert.deepEqual(notArray.config.files, []);
    const welsh = parseConfigFile('{"files": ["../*.md"]}').problems[0].message.cy;
    assert.equal(welsh, '"files": rhaid i "../*.md" fod yn berthynol i ffolder y ffeil hon, gyda "/" rhwng ffolderi a heb "..": ni ddarllenir ffeiliau y tu allan iddi.');
  });

  it('reports broken JSON with its place, in English and Welsh', () => {
    const text = '{\n  "rules": { "orphan-glossary-term": "off" \n  "language": "cy"\n}';
    const { problems } = parseConfigFile(text);
    assert.ok(problems.length > 0);
    assert.deepEqual(lineAndColumn(text, problems[0].offset), { line: 3, column: 3 });
    assert.match(problems[0].message.en, /^Not valid JSON here \(CommaExpected\)\.$/);
    assert.match(problems[0].message.cy, /^Nid yw hyn yn JSON dilys \(CommaExpected\)\.$/);
    for (const bad of ['', '[]', '"rules"', 'null', '{"rules": []}', '{"overrides": {}}']) {
      assert.ok(parseConfigFile(bad).problems.length > 0, JSON.stringify(bad));
    }
  });

  it('never throws on odd input', () => {
    for (const text of ['{"__proto__": {"language": "cy"}}', '{"rules": {"constructor": "off", "toString": {}}}', '\u0000', '{'.repeat(10_000), '/*', '{"overrides": [{"files": ["[", "**/*(", "{a,b"]}]}']) {
      const { config } = parseConfigFile(text);
      assert.equal(config.language, undefined);
      assert.deepEqual(config.rules, {});
    }
  });
});

describe('settings precedence', () => {
  const file = parseConfigFile(JSON.stringify({
    language: 'en',
    rules: { 'orphan-glossary-term': 'off', 'empty-section': 'error' },
    overrides: [
      { files: ['welsh/**'], language: 'cy', rules: { 'orphan-glossary-term': 'warning' } },
      { files: ['welsh/old/**'], rules: { 'orphan-glossary-term': 'hint' } },
    ],
  })).config;
  const settings = { language: 'cy' as const, rules: { 'orphan-glossary-term': 'information' as const, 'missing-title': 'warning' as const } };

  it('rules: defaults, then editor settings, then the file, then matching overrides in order', () => {
    assert.deepEqual(resolveSettings({}), { language: 'auto', rules: {} });
    assert.deepEqual(resolveSettings({ settings }).rules, settings.rules);
    assert.deepEqual(resolveSettings({ settings, file: { config: file, relativePath: 'a.nos.txt' } }).rules, {
      'orphan-glossary-term': 'off', 'missing-title': 'warning', 'empty-section': 'error',
    });
    assert.equal(resolveSettings({ settings, file: { config: file, relativePath: 'welsh/a.nos.txt' } }).rules['orphan-glossary-term'], 'warning');
    assert.equal(resolveSettings({ settings, file: { config: file, relativePath: 'welsh/old/a.nos.txt' } }).rules['orphan-glossary-term'], 'hint');
  });

  it('language: the document\'s own choice, then overrides, the file, editor settings, auto', () => {
    assert.equal(resolveSettings({ settings }).language, 'cy');
    assert.equal(resolveSettings({ settings, file: { config: file, relativePath: 'a.nos.txt' } }).language, 'en');
    assert.equal(resolveSettings({ settings, file: { config: file, relativePath: 'welsh/a.nos.txt' } }).language, 'cy');
    assert.equal(resolveSettings({ settings, file: { config: file, relativePath: 'welsh/a.nos.txt' }, documentLanguage: 'en' }).language, 'en');
    assert.equal(resolveSettings({ settings, file: { config: file, relativePath: 'a.nos.txt' }, documentLanguage: 'auto' }).language, 'auto');
  });

  it('a severity given alone keeps options set earlier, and options alone keep the severity', () => {
    assert.deepEqual(
      mergeRuleSettings([{ 'empty-section': { severity: 'error', optionalHeadings: false } }, { 'empty-section': 'warning' }]),
      { 'empty-section': { severity: 'warning', optionalHeadings: false } },
    );
    assert.deepEqual(mergeRuleSettings([{ 'empty-section': 'hint' }, { 'empty-section': { optionalHeadings: true } }]), {
      'empty-section': { severity: 'hint', optionalHeadings: true },
    });
    assert.deepEqual(mergeRuleSettings([{ 'empty-section': 'hint' }, { 'empty-section': { severity: 'off' } }]), { 'empty-section': 'off' });
  });
});

describe('editor settings', () => {
  it('keep valid values and report the others, which are ignored', () => {
    const { settings, problems } = checkSettings({
      language: 'welsh',
      rules: { 'orphan-glossary-term': 'off', 'criteria-numbering': 'critical', 'no-such-rule': 'error' },
      maxFileSize: -1,
    });
    assert.equal(settings.language, 'auto');
    assert.deepEqual(settings.rules, { 'orphan-glossary-term': 'off' });
    assert.equal(settings.maxFileSize, 5_000_000);
    assert.equal(problems.length, 3);
    assert.match(problems[0], /^"nos\.language" must be "auto", "en" or "cy"\. \/ Rhaid i "nos\.language" fod/);
    assert.match(problems[1], /^nos\.rules: The severity of "criteria-numbering" must be one of/);
    assert.match(problems[2], /^nos\.rules: Unknown rule "no-such-rule"/);
    const messages = checkSettings({ messagesLanguage: 'welsh' });
    assert.equal(messages.settings.messagesLanguage, 'document');
    assert.match(messages.problems[0], /^"nos\.messagesLanguage" must be "document", "en" or "cy"\. \/ Rhaid i "nos\.messagesLanguage" fod/);
    assert.equal(checkSettings({ messagesLanguage: 'cy' }).settings.messagesLanguage, 'cy');
    // Said in the language chosen for messages only.
    assert.deepEqual(checkSettings({ messagesLanguage: 'cy', language: 'fr' }).problems, ['Rhaid i "nos.language" fod yn "auto", "en" neu "cy".']);
    assert.deepEqual(checkSettings({ messagesLanguage: 'en', rules: { x: 'off' } }).problems.map((p) => p.split(';')[0]), ['nos.rules: Unknown rule "x"']);
    for (const raw of [undefined, null, 3, 'x', [], { rules: null, language: null, messagesLanguage: null }]) {
      assert.deepEqual(checkSettings(raw), { settings: DEFAULT_SETTINGS, problems: [] });
    }
  });
});

describe('finding the nearest .nosrc.json', () => {
  function files(contents: Record<string, string>) {
    const reads: string[] = [];
    const lookup = new ConfigFiles({
      join: (folder, name) => `${folder}/${name}`,
      parent: (folder) => (folder === '' ? null : folder.slice(0, folder.lastIndexOf('/'))),
      read: async (file) => {
        reads.push(file);
        if (contents[file] === 'EACCES') throw new Error('permission denied');
        if (contents[file] === 'SLOW') throw new NotKnownYet();
        return contents[file] ?? null;
      },
      describe: (error) => (error as Error).message,
    });
    return { lookup, reads };
  }

  it('takes the nearest file, reads each folder once, and stops at the top folder', async () => {
    const { lookup, reads } = files({ '/ws/.nosrc.json': '{"language": "en"}', '/ws/a/b/.nosrc.json': '{"language": "cy"}', '/.nosrc.json': '{}' });
    assert.equal((await lookup.nearest('/ws/a/b/c'))?.config.language, 'cy');
    assert.equal((await lookup.nearest('/ws/a'))?.config.language, 'en');
    assert.equal((await lookup.nearest('/ws/a/b/c'))?.location, '/ws/a/b/.nosrc.json');
    assert.deepEqual(reads, ['/ws/a/b/c/.nosrc.json', '/ws/a/b/.nosrc.json', '/ws/a/.nosrc.json', '/ws/.nosrc.json']);
    assert.equal(await lookup.nearest('/other/x', '/other'), null);
    assert.equal((await lookup.nearest('/other/y'))?.location, '/.nosrc.json');
    lookup.clear();
    await lookup.nearest('/ws/a');
    assert.equal(reads.filter((file) => file === '/ws/a/.nosrc.json').length, 2);
  });

  it('reports a file that cannot be read as a problem of that file', async () => {
    const { lookup } = files({ '/ws/.nosrc.json': 'EACCES' });
    const loaded = await lookup.nearest('/ws/a');
    assert.equal(loaded?.location, '/ws/.nosrc.json');
    assert.equal(loaded?.problems[0].message.en, 'This configuration file cannot be read: permission denied.');
  });

  it('takes a file not known yet as absent, without a problem, and asks for it again', async () => {
    const contents: Record<string, string> = { '/ws/a/.nosrc.json': 'SLOW', '/ws/.nosrc.json': '{"language": "en"}' };
    const { lookup, reads } = files(contents);
    assert.equal((await lookup.nearest('/ws/a'))?.location, '/ws/.nosrc.json');
    contents['/ws/a/.nosrc.json'] = '{"language": "cy"}';
    assert.equal((await lookup.nearest('/ws/a'))?.config.language, 'cy');
    assert.deepEqual(reads, ['/ws/a/.nosrc.json', '/ws/.nosrc.json', '/ws/a/.nosrc.json']);
  });
});

describe('schemas/nosrc.schema.json', () => {
  const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema('rules.schema.json'), 'rules.schema.json');
  const validate = ajv.compile(schema('nosrc.schema.json'));

  it('refers to rules.schema.json for every rules object, which lists every rule', () => {
    const text = readFileSync(join(ROOT, 'schemas', 'nosrc.schema.json'), 'utf8');
    assert.equal(text.match(/"rules": \{ "\$ref": "\.\/rules\.schema\.json" \}/g)?.length, 2);
    const rules = schema('rules.schema.json') as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(rules.properties).sort(), RULES.map((rule) => rule.id).sort());
  });

  it('accepts what the checker accepts and rejects what it reports', () => {
    const cases: unknown[] = [
      {},
      { $schema: './node_modules/nos-author/schemas/nosrc.schema.json', language: 'cy' },
      { rules: { 'orphan-glossary-term': 'off', 'empty-section': { severity: 'error' } } },
      { overrides: [{ files: ['welsh/**'], language: 'cy', rules: { 'missing-title': 'hint' } }] },
      { language: 'fr' },
      { lang: 'cy' },
      { rules: { 'orphan-term': 'off' } },
      { rules: { 'empty-section': 'loud' } },
      { rules: { 'empty-section': { severity: 'loud' } } },
      { rules: { 'criteria-numbering': { strict: true } } },
      { rules: [] },
      { overrides: {} },
      { overrides: [{ rules: {} }] },
      { overrides: [{ files: [] }] },
      { overrides: [{ files: [''] }] },
      { overrides: [{ files: ['a'], extra: 1 }] },
      { pairs: { 'english/a.nos.txt': 'cymraeg/a.nos.txt' } },
      { pairs: { 'a.nos.txt': '' } },
      { pairs: { 'a.nos.txt': 1 } },
      { pairs: [] },
      { files: ['standards/*.md', './drafts/**/*.txt', '*.draft', 'ok/{a,b}/[0-9].md'] },
      { files: [] },
      { files: 'standards/*.md' },
      { files: [3] },
      { files: [''] },
      { files: ['  '] },
      { files: ['/etc/*.md'] },
      { files: ['../other/*.md'] },
      { files: ['./../other/*.md'] },
      { files: ['a/../../b.md'] },
      { files: ['a/..'] },
      { files: ['C:/drafts/*.md'] },
      { files: ['drafts\\*.md'] },
      { files: ['!old/*.md'] },
      { files: ['a..b/*.md', '..a/*.md'] },
      [],
    ];
    for (const value of cases) {
      const text = JSON.stringify(value);
      assert.equal(validate(value), parseConfigFile(text).problems.length === 0, text);
    }
  });
});
