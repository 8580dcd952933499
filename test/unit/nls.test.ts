// The manifest's strings (command titles, settings and their descriptions) in English
// and Welsh: package.nls.json and package.nls.cy.json hold the same keys, every one
// filled in and used, and every `%key%` package.json refers to is in both.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers/fixtures';

const read = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const en = read('package.nls.json') as Record<string, unknown>;
const cy = read('package.nls.cy.json') as Record<string, unknown>;

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The keys package.json refers to: values that are a whole `%key%`, as VS Code replaces them. */
const used = new Set(strings(read('package.json')).flatMap((s) => /^%([^%\s]+)%$/.exec(s)?.slice(1) ?? []));

describe('package.nls files', () => {
  it('hold the same keys in English and Welsh', () => {
    assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort());
  });

  it('have no empty or non-string value', () => {
    for (const [file, nls] of [['package.nls.json', en], ['package.nls.cy.json', cy]] as const) {
      for (const [key, value] of Object.entries(nls)) assert.ok(typeof value === 'string' && value.trim() !== '', `${file}: ${key}`);
    }
  });

  it('hold every key package.json refers to, and no key it does not', () => {
    assert.ok(used.size > 50, `only ${used.size} keys used`);
    for (const key of used) assert.ok(key in en && key in cy, `%${key}% is missing from a package.nls file`);
    assert.deepEqual(Object.keys(en).filter((key) => !used.has(key)), []);
  });

  it('leave no title or description of the contributions in English only', () => {
    const { contributes } = read('package.json') as { contributes: { commands: unknown; configuration: { properties: Record<string, unknown> } } };
    const shown = (value: unknown): string[] => {
      if (!value || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([key, inner]) => {
        if (['title', 'category', 'description', 'markdownDescription'].includes(key) && typeof inner === 'string') return [inner];
        if (key === 'enumDescriptions') return strings(inner);
        return shown(inner);
      });
    };
    const literal = [...shown(contributes.commands), ...shown(contributes.configuration.properties)]
      .filter((s) => !/^%[^%\s]+%$/.test(s));
    assert.deepEqual(literal, []);
  });

  it('translate every string: no Welsh value is the English one', () => {
    assert.deepEqual(Object.keys(en).filter((key) => en[key] === cy[key]), []);
  });
});
