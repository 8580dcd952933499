// Drafts for the CLI part, varied from the corpus with cheap string operations so
// that the files differ as real drafts do: an item renumbered, a line dropped or
// doubled, another draft's title. Seeded, so every run checks the same files.

import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** mulberry32: a small, fast, seedable generator. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const NUMBERED = /^(\s*[PK]?)(\d{1,3})(?=[.)]?\s)/;

function vary(text, titles, random) {
  const lines = text.split('\n');
  const pick = (n) => Math.floor(random() * n);
  const operations = [
    () => {
      const numbered = lines.flatMap((line, i) => (NUMBERED.test(line) ? [i] : []));
      if (numbered.length) {
        const i = numbered[pick(numbered.length)];
        lines[i] = lines[i].replace(NUMBERED, (_, before) => before + (1 + pick(40)));
      }
    },
    () => lines.splice(1 + pick(lines.length - 1), 1),
    () => {
      const i = pick(lines.length);
      lines.splice(i, 0, lines[i]);
    },
    () => {
      lines[0] = titles[pick(titles.length)];
    },
  ];
  for (let n = 1 + pick(3); n > 0; n--) operations[pick(operations.length)]();
  return lines.join('\n');
}

/**
 * Writes varied drafts under `dir`, 100 to a folder, until `count` files or
 * `totalBytes` bytes, whichever limit is given. Returns what was written.
 */
export function writeDrafts(dir, corpus, { count = Infinity, totalBytes = Infinity }, seed = 1) {
  const random = generator(seed);
  const titles = corpus.map((draft) => draft.text.split('\n', 1)[0]);
  let files = 0;
  let bytes = 0;
  while (files < count && bytes < totalBytes) {
    const folder = path.join(dir, String(Math.floor(files / 100)).padStart(4, '0'));
    if (files % 100 === 0) mkdirSync(folder, { recursive: true });
    const text = vary(corpus[files % corpus.length].text, titles, random);
    writeFileSync(path.join(folder, `${String(files).padStart(6, '0')}.nos.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes };
}
