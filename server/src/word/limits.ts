// How big a Word document may be: checked before it is read, and again as it is unpacked.

const MB = 1 << 20;
/** A draft with its pictures stays far below this. */
export const MAX_PACKAGE_BYTES = 50 * MB;
/** All the XML of a long draft is a few MB. */
export const MAX_XML_BYTES = 40 * MB;
