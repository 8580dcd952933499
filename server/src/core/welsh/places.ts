// Places of Wales and Britain, and the regions standards name, in their radical form, whose
// first letter takes the nasal mutation after "yn" meaning "in": "yng Nghymru", "ym Mangor",
// "yn Nhyddewi". Only names "yn" cannot stand before in another sense: the language
// ("yn Gymraeg") takes the soft mutation, and is listed apart. Data for welsh-mutation.

export const NASAL_PLACES: ReadonlySet<string> = new Set([
  // Wales, Britain and their regions.
  'Cymru', 'Prydain', 'Gogledd', 'De', 'Dwyrain', 'Gorllewin', 'Canolbarth',
  // Counties and principal areas.
  'Caerdydd', 'Casnewydd', 'Caerffili', 'Caerfyrddin', 'Ceredigion', 'Conwy', 'Castell-nedd', 'Powys', 'Penfro',
  'Pen-y-bont', 'Torfaen', 'Dinbych', 'Gwynedd', 'Gwent', 'Blaenau', 'Bro', 'Brycheiniog', 'Dyfed',
  // Towns and cities.
  'Caernarfon', 'Cas-gwent', 'Cricieth', 'Corwen', 'Pontypridd', 'Pontypŵl', 'Pwllheli', 'Porthmadog', 'Port',
  'Trefynwy', 'Treffynnon', 'Tyddewi', 'Tywyn', 'Tregaron', 'Talgarth', 'Bangor', 'Bethesda', 'Biwmares', 'Bae',
  'Dolgellau', 'Glyn', 'Gŵyr',
]);

/** A place's initial and the nasal mutation of it, with the form "yn" takes before it. */
export const NASAL_INITIALS: Readonly<Record<string, [initial: string, yn: string]>> = {
  C: ['Ngh', 'yng'], P: ['Mh', 'ym'], T: ['Nh', 'yn'], B: ['M', 'ym'], D: ['N', 'yn'], G: ['Ng', 'yng'],
};

/** Words after "yn" that take the soft mutation though written with a capital: the language and the adjective ("yn Gymraeg", "yn Gymreig"). */
export const SOFT_AFTER_YN: ReadonlySet<string> = new Set(['Cymraeg', 'Cymreig']);
