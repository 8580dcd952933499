// Word's automatic numbering, worked out as Word shows it. The numbers are not in the
// text: a paragraph names a list instance (w:numId) and a level (w:ilvl), directly or
// through its paragraph style; the instance points at an abstract definition in
// numbering.xml (start value, format, label text such as "%1." or "P%1") and may override
// a level's start. Instances of one abstract definition share its counters, so a list
// goes on across element sub-headings and other paragraphs until an instance with a start
// override is first used at that level, which restarts it (ECMA-376 §17.9, as Word does).

// xmldom's nodes are typed as the DOM's.
type XmlElement = Element;

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a level up to this one (1-based) is used; 0 never; undefined: any shallower. */
  restart: number | undefined;
  legal: boolean;
  styleId: string | undefined;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** A numbering style this definition takes its levels from. */
  styleLink: string | undefined;
}

interface Num {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

/** A paragraph's numbering properties as written on it or its style. */
export interface NumberingProperties {
  numId: string | undefined;
  ilvl: number | undefined;
  styleId: string | undefined;
}

/** What Word shows before a numbered paragraph. */
export interface Label {
  /** "3.", "P12", "b)"; a bullet character for bullets. */
  text: string;
  bullet: boolean;
  level: number;
}

export function children(element: XmlElement | null | undefined, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let node = element?.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && node.nodeName === name) found.push(node as XmlElement);
  }
  return found;
}

export function child(element: XmlElement | null | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

export function val(element: XmlElement | null | undefined, name: string): string | undefined {
  const found = child(element, name);
  return found?.hasAttribute('w:val') ? found.getAttribute('w:val') ?? undefined : undefined;
}

function int(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

function readLevel(lvl: XmlElement): Level {
  return {
    // The format's default is 0; Word itself always writes it.
    start: int(val(lvl, 'w:start')) ?? 0,
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    restart: int(val(lvl, 'w:lvlRestart')),
    legal: child(lvl, 'w:isLgl') !== undefined && val(lvl, 'w:isLgl') !== '0' && val(lvl, 'w:isLgl') !== 'false',
    styleId: val(lvl, 'w:pStyle'),
  };
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(parent, 'w:lvl')) levels.set(int(lvl.getAttribute('w:ilvl') ?? '0') ?? 0, readLevel(lvl));
  return levels;
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) for (; n >= value; n -= value) out += digits;
  return out;
}

/** Word's letters: a … z, then aa … zz, then aaa. */
function letter(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letter(n);
    case 'upperLetter': return letter(n).toUpperCase();
    case 'lowerRoman': return n > 0 && n < 4000 ? roman(n) : String(n);
    case 'upperRoman': return n > 0 && n < 4000 ? roman(n).toUpperCase() : String(n);
    case 'decimalZero': return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

/** The numbering definitions of one package, and the counters of a walk through its paragraphs. */
export class WordNumbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** Paragraph styles' numbering (w:numPr in styles.xml), with their basedOn chain. */
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  /** The counters of each abstract definition, by level. */
  private readonly counters = new Map<string, Array<number | undefined>>();
  /** "numId ilvl" of the levels each instance has numbered. */
  private readonly used = new Set<string>();

  constructor(numbering: XmlElement | undefined, styles: XmlElement | undefined) {
    for (const style of children(styles, 'w:style')) {
      const id = style.getAttribute('w:styleId');
      if (!id) continue;
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      this.styles.set(id, { numId: val(numPr, 'w:numId'), ilvl: int(val(numPr, 'w:ilvl')), basedOn: val(style, 'w:basedOn') });
    }
    for (const abstract of children(numbering, 'w:abstractNum')) {
      const id = abstract.getAttribute('w:abstractNumId');
      if (id !== null) this.abstracts.set(id, { levels: readLevels(abstract), styleLink: val(abstract, 'w:numStyleLink') });
    }
    for (const num of children(numbering, 'w:num')) {
      const id = num.getAttribute('w:numId');
      const abstractId = val(num, 'w:abstractNumId');
      if (id === null || abstractId === undefined) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const override of children(num, 'w:lvlOverride')) {
        const ilvl = int(override.getAttribute('w:ilvl') ?? '0') ?? 0;
        const start = int(val(override, 'w:startOverride'));
        if (start !== undefined) startOverrides.set(ilvl, start);
        const lvl = child(override, 'w:lvl');
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, { abstractId, startOverrides, levelOverrides });
    }
  }

  /** The abstract definition a list instance uses, following a numbering style link once or more. */
  private abstractOf(num: Num): [string, AbstractNum] | undefined {
    let id = num.abstractId;
    for (let hops = 0; hops < 10; hops++) {
      const abstract = this.abstracts.get(id);
      if (!abstract) return undefined;
      if (!abstract.styleLink) return [id, abstract];
      const linked = this.nums.get(this.styleNumbering(abstract.styleLink).numId ?? '');
      if (!linked) return [id, abstract];
      id = linked.abstractId;
    }
    return undefined;
  }

  /** numId and ilvl a paragraph style gives, through its basedOn chain. */
  private styleNumbering(styleId: string): { numId?: string; ilvl?: number } {
    const found: { numId?: string; ilvl?: number } = {};
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      found.numId ??= style?.numId;
      found.ilvl ??= style?.ilvl;
    }
    return found;
  }

  /**
   * The label of the next paragraph in document order, or null when it is not numbered.
   * Call it for every paragraph, in order: the counters move as Word's do.
   */
  next(props: NumberingProperties): Label | null {
    const fromStyle = props.styleId ? this.styleNumbering(props.styleId) : {};
    const numId = props.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return null;
    const num = this.nums.get(numId);
    const resolved = num && this.abstractOf(num);
    if (!num || !resolved) return null;
    const [abstractId, abstract] = resolved;
    const levelOf = (ilvl: number) => num.levelOverrides.get(ilvl) ?? abstract.levels.get(ilvl);
    let ilvl = props.ilvl ?? fromStyle.ilvl;
    if (ilvl === undefined && props.styleId) {
      ilvl = [...abstract.levels].find(([, level]) => level.styleId === props.styleId)?.[0];
    }
    ilvl = Math.min(Math.max(ilvl ?? 0, 0), 8);
    const level = levelOf(ilvl);
    if (!level) return null;
    const startOf = (l: number) => num.startOverrides.get(l) ?? levelOf(l)?.start ?? 0;

    let counters = this.counters.get(abstractId);
    if (!counters) this.counters.set(abstractId, (counters = []));
    // An instance with a start override restarts that level where it is first used on it.
    const use = `${numId} ${ilvl}`;
    if (!this.used.has(use)) {
      this.used.add(use);
      if (num.startOverrides.has(ilvl)) counters[ilvl] = undefined;
    }
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) {
      const restart = levelOf(l)?.restart;
      if (restart === undefined ? true : restart !== 0 && ilvl < restart) counters[l] = undefined;
    }
    if (level.format === 'bullet') return { text: level.text, bullet: true, level: ilvl };
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = counters![l] ?? startOf(l);
      return formatNumber(value, level.legal ? 'decimal' : (levelOf(l)?.format ?? 'decimal'));
    });
    return { text, bullet: false, level: ilvl };
  }
}
