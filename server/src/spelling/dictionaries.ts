// Where the Hunspell files are: beside the bundle (dist/dictionaries/, dist/hunspell.wasm,
// copied there by esbuild.mjs) or, running from the sources, in the npm packages.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../core/types';

export interface DictionaryFiles {
  aff: string;
  dic: string;
  wasm: string;
}

const PACKAGES: Record<Lang, string> = { en: 'dictionary-en-gb', cy: 'dictionary-cy' };

export function dictionaryFiles(lang: Lang, bundleDir = __dirname): DictionaryFiles {
  const bundled = join(bundleDir, 'dictionaries');
  if (existsSync(bundled)) {
    return { aff: join(bundled, `${lang}.aff`), dic: join(bundled, `${lang}.dic`), wasm: join(bundleDir, 'hunspell.wasm') };
  }
  const dir = dirname(require.resolve(PACKAGES[lang]));
  const wasm = join(dirname(dirname(require.resolve('hunspell-wasm'))), 'wasm', 'hunspell.wasm');
  return { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic'), wasm };
}
