// The comparison behind the choice of Hunspell in WebAssembly for spelling (docs/rules/spelling.md):
// one engine and dictionary per fresh process, its load time, the memory the load added, and
// its results on the same word lists. nspell and hunspell-asm are not dependencies: install
// them first, without saving, to run it:
//
//   npm i --no-save nspell@2.1.5 hunspell-asm@4.0.2
//   for e in nspell hunspell-wasm hunspell-asm; do for l in en-gb cy; do
//     node --expose-gc bench/spelling-engines.mjs $e $l; done; done

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { ROOT } from './lib/corpus.mjs';

const require = createRequire(import.meta.url);
const [engine, lang] = process.argv.slice(2);
const MISSPELT = {
  'en-gb': ['recieve', 'custmer', 'politley', 'seperate', 'occured', 'accomodate', 'definately', 'enviroment', 'goverment',
    'responsibilty', 'neccessary', 'comunicate', 'begining', 'apparant', 'existance'],
  cy: ['arferfol', 'diweddarau', 'chwarteisi', 'Ymgyslltu', 'Cyfes', 'gwasanaith', 'cwsmeriad', 'sefydliadd'],
};
const read = (file) => readFileSync(path.join(ROOT, file), 'utf8');
const texts = lang === 'cy'
  ? readdirSync(path.join(ROOT, 'samples')).map((f) => read(`samples/${f}`))
  : [...['markdown-en.nos.md', 'pdf-text-en.nos.txt', 'ukces-template-en.nos.txt', 'web-copy-en.nos.txt'].map((f) => read(`test/fixtures/layouts/${f}`)), read('test/fixtures/cli/clean-en.nos.txt')];
/** Every distinct word, split at apostrophes, of two letters or more. */
const words = [...new Set(texts.join('\n').match(/\p{L}+(?:['’]\p{L}+)*/gu))].flatMap((w) => w.split(/['’]/)).filter((w) => w.length > 1);

const dir = path.dirname(require.resolve(`dictionary-${lang}`));
const aff = path.join(dir, 'index.aff');
const dic = path.join(dir, 'index.dic');
global.gc();
const before = process.memoryUsage();
const start = performance.now();
let check;
let suggest;
if (engine === 'nspell') {
  const speller = require('nspell')({ aff: readFileSync(aff), dic: readFileSync(dic) });
  check = (w) => speller.correct(w);
  suggest = (w) => speller.suggest(w);
} else if (engine === 'hunspell-wasm') {
  const { createHunspellFromFiles } = await import('hunspell-wasm');
  const hunspell = await createHunspellFromFiles(aff, dic);
  check = (w) => hunspell.testSpelling(w);
  suggest = (w) => hunspell.getSpellingSuggestions(w);
} else if (engine === 'hunspell-asm') {
  const factory = await require('hunspell-asm').loadModule();
  const hunspell = factory.create(factory.mountBuffer(readFileSync(aff), 'x.aff'), factory.mountBuffer(readFileSync(dic), 'x.dic'));
  check = (w) => hunspell.spell(w);
  suggest = (w) => hunspell.suggest(w);
} else {
  throw new Error('engine: nspell, hunspell-wasm or hunspell-asm');
}
const loadMs = performance.now() - start;
global.gc();
const after = process.memoryUsage();
let t = performance.now();
const rejected = words.filter((w) => !check(w));
const checkUs = ((performance.now() - t) * 1000) / words.length;
t = performance.now();
const suggestions = Object.fromEntries(MISSPELT[lang].map((w) => [w, suggest(w).slice(0, 5)]));
const suggestMs = (performance.now() - t) / MISSPELT[lang].length;
console.log(JSON.stringify({
  engine, lang, loadMs: Math.round(loadMs), rssMB: +((after.rss - before.rss) / 1e6).toFixed(1), heapMB: +((after.heapUsed - before.heapUsed) / 1e6).toFixed(1),
  words: words.length, rejected, checkUs: +checkUs.toFixed(1), suggestMs: +suggestMs.toFixed(1), suggestions,
}));
