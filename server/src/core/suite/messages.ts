// Every user-facing string of the workspace features (document links between standards),
// in English and Welsh. The suite rules' own messages are in their files.

import type { Message } from '../messages/message';

export const WORKSPACE = {
  /** Other files named in a message, the first few by name: "“a.nos.txt”, “b.nos.txt” and 7 more". */
  moreFiles: {
    en: ({ names, more }) => `${names} and ${more} more`,
    cy: ({ names, more }) => `${names} a ${more} arall`,
  } satisfies Message<{ names: string; more: number }>,
  /** A link's tooltip: the standard it opens, by URN and title. */
  openStandard: {
    en: ({ name }) => `Open ${name}`,
    cy: ({ name }) => `Agor ${name}`,
  } satisfies Message<{ name: string }>,
};
