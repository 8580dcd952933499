// The output formats of `nos check`. Adding one: its file here, and a line in this list.

import type { CheckFormat } from './format';
import { json } from './json';
import { sarif } from './sarif';
import { text } from './text';

export const CHECK_FORMATS = { text, json, sarif } satisfies Record<string, CheckFormat>;

export type CheckFormatName = keyof typeof CHECK_FORMATS;
