// What the extension itself says, in both languages. It speaks the language of
// `nos.messagesLanguage`, or by default the language the document is checked in
// (see interfaceLanguage.ts); package.nls*.json hold the command and setting titles.

export type Lang = 'en' | 'cy';

const TEXT = {
  openFile: { en: 'Open a text file to check it as a NOS document.', cy: "Agorwch ffeil destun i'w gwirio fel dogfen SGC." },
  nothingToFix: { en: 'Nothing to fix', cy: "Dim byd i'w drwsio" },
  nothingToReflow: {
    en: 'Nothing to reflow: each heading, lead-in and item of this document is already on a line of its own.',
    cy: "Dim byd i'w aildrefnu: mae pob pennawd, cyflwyniad ac eitem yn y ddogfen hon ar linell ar wahân yn barod.",
  },
  looksLikeNos: {
    en: 'This file looks like a National Occupational Standard. Check it as a NOS document?',
    cy: "Mae'r ffeil hon yn edrych fel Safon Alwedigaethol Genedlaethol. Ei gwirio fel dogfen SGC?",
  },
  checkAsNos: { en: 'Check as NOS', cy: 'Gwirio fel SGC' },
  notThisFile: { en: 'Not this file', cy: 'Nid y ffeil hon' },
  changeLanguage: { en: 'Change language', cy: 'Newid iaith' },
  chooseLanguage: { en: 'Language to check this document in', cy: "Iaith i wirio'r ddogfen hon ynddi" },
  detect: { en: 'Detect from the text', cy: "Canfod o'r testun" },
  currentChoice: { en: 'current choice', cy: 'y dewis presennol' },
  setByHand: { en: 'set by hand', cy: "wedi'i gosod â llaw" },
  noProblems: { en: 'No problems', cy: 'Dim problemau' },
  wordsFileNotWritten: { en: 'The workspace dictionary (.nos-words.txt) could not be written:', cy: "Nid oedd modd ysgrifennu geiriadur y gweithle (.nos-words.txt):" },
} satisfies Record<string, Record<Lang, string>>;

export function say(key: keyof typeof TEXT, lang: Lang): string {
  return TEXT[key][lang];
}

/** The name of a language, in itself: what a language picker lists. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', cy: 'Cymraeg' };

/** The name of language `of` in language `in` ("Saesneg" in Welsh). */
export function languageName(of: Lang, lang: Lang): string {
  const names: Record<Lang, Record<Lang, string>> = { en: { en: 'English', cy: 'Welsh' }, cy: { en: 'Saesneg', cy: 'Cymraeg' } };
  return names[lang][of];
}

/** "2 errors, 6 warnings" / "2 gwall, 6 rhybudd" (Welsh counts take the singular noun). */
export function counts(errors: number, warnings: number, notes: number, lang: Lang): string {
  const parts: string[] = [];
  const add = (n: number, en: [string, string], cy: string) => {
    if (n > 0) parts.push(lang === 'cy' ? `${n} ${cy}` : `${n} ${n === 1 ? en[0] : en[1]}`);
  };
  add(errors, ['error', 'errors'], 'gwall');
  add(warnings, ['warning', 'warnings'], 'rhybudd');
  add(notes, ['note', 'notes'], 'nodyn');
  return parts.length ? parts.join(', ') : say('noProblems', lang);
}
