// Every user-facing string of the workspace features (document links between standards),
// in English and Welsh. The suite rules' own messages are in their files.

import type { Message } from '../messages/message';

export const WORKSPACE = {
  /** A link's tooltip: the standard it opens, by URN and title. */
  openStandard: {
    en: ({ name }) => `Open ${name}`,
    cy: ({ name }) => `Agor ${name}`,
  } satisfies Message<{ name: string }>,
};
