// Words published NOS text uses that the Hunspell dictionaries lack, added to them when
// they load. Each is a standard form, not a team's own term (those go in the workspace
// dictionary, `.nos-words.txt`). Welsh words are given in their radical form: their
// mutations are accepted as the dictionary's are ("ellwch" after "na").

import type { Lang } from '../core/types';

export const SUPPLEMENT: Record<Lang, readonly string[]> = {
  en: [
    // The usual UK spelling in care and health standards; en-GB has only "well-being".
    'wellbeing',
  ],
  cy: [
    // The impersonal present of "gallu" ("can be"): "y gellir eu cynnwys".
    'gellir',
    // The second person plural present of "gallu" beside "gallwch": "os na ellwch ddelio".
    'gellwch',
  ],
};
