// Pseudo-locales from the en-US reference: en-XA (accented, ~35% longer,
// bracketed) shows truncation, concatenation and hard-coded strings; ar-XB
// (right-to-left, Arabic letters) shows mirroring problems — without waiting for translators.
import { flatten, pluralCategoriesFor, pluralGroups, splitTokens } from './localeFiles.mjs';

/** @typedef {import('./localeFiles.mjs').JsonObject} JsonObject */

// prettier-ignore
const ACCENTED = /** @type {Record<string, string>} */ ({
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
});

/** One Arabic letter per Latin letter (case-insensitive): strong RTL characters, Arabic glyph heights. */
// prettier-ignore
const ARABIC_LIKE = /** @type {Record<string, string>} */ ({
  a: 'ا', b: 'ب', c: 'ص', d: 'د', e: 'ع', f: 'ف', g: 'غ', h: 'ه', i: 'ي', j: 'ج', k: 'ك', l: 'ل', m: 'م',
  n: 'ن', o: 'و', p: 'پ', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'ؤ', v: 'ڤ', w: 'ش', x: 'خ', y: 'ى', z: 'ز',
});

/** Expansion filler: real-looking words, so padded strings still wrap like text. */
const FILLER = 'ļöŕéɱ îþšûɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ îñçîðîðûñţ';

/** Right-to-left embedding … pop directional formatting: the whole string is an RTL run. */
const RLE = '\u202B';
const PDF = '\u202C';

/**
 * Applies `transform` to the text between placeholders, leaving `{{…}}`, `$t(…)` and tags untouched.
 * @param {string} value
 * @param {(text: string) => string} transform
 */
function mapText(value, transform) {
  return splitTokens(value)
    .map((part, index) => (index % 2 === 1 ? part : transform(part)))
    .join('');
}

/**
 * en-XA: `Save` → `[Šáṽé ļö]`. Accented letters, ~35% longer (at least three
 * more characters), bracketed so clipped or concatenated strings stand out.
 * @param {string} value
 */
export function pseudoAccented(value) {
  const accented = mapText(value, (text) =>
    text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter),
  );
  const extra = Math.max(3, Math.round(value.length * 0.35)) - 2;
  const filler = extra > 1 ? ` ${FILLER.slice(0, extra - 1).trimEnd()}` : '';
  return `[${accented}${filler}]`;
}

/**
 * ar-XB: `Save` → `\u202Bساڤع\u202C`. Latin letters become Arabic letters (a
 * genuinely right-to-left string, with Arabic line heights), wrapped in
 * RLE…PDF so even digit- or placeholder-only strings run right to left.
 * @param {string} value
 */
export function pseudoBidi(value) {
  const arabic = mapText(value, (text) =>
    text.replace(/[A-Za-z]/g, (letter) => ARABIC_LIKE[letter.toLowerCase()] ?? letter),
  );
  return `${RLE}${arabic}${PDF}`;
}

/**
 * Builds one pseudo-locale namespace from its en-US counterpart. Plural keys
 * get exactly the categories of the pseudo-locale's language (ar-XB needs
 * all six of Arabic), built from the en-US `_one` / `_other` forms.
 * @param {JsonObject} reference
 * @param {'en-XA' | 'ar-XB'} locale
 * @returns {JsonObject}
 */
export function pseudoLocalizeNamespace(reference, locale) {
  const transform = locale === 'ar-XB' ? pseudoBidi : pseudoAccented;
  const flat = flatten(reference);
  const groups = pluralGroups(flat.keys());
  /** @type {Map<string, string>} full key → the group it belongs to */
  const groupOf = new Map();
  for (const [id, group] of groups) for (const key of group.forms.values()) groupOf.set(key, id);

  /** @type {JsonObject} */
  const result = {};
  const emitted = new Set();
  for (const [key, value] of flat) {
    const id = groupOf.get(key);
    if (id === undefined) {
      setPath(result, key, typeof value === 'string' ? transform(value) : value);
      continue;
    }
    if (emitted.has(id)) continue;
    emitted.add(id);
    const group = /** @type {{ ordinal: boolean, forms: Map<string, string> }} */ (groups.get(id));
    for (const category of pluralCategoriesFor(locale, group.ordinal)) {
      const source = group.forms.get(category) ?? group.forms.get('other') ?? '';
      const sourceValue = flat.get(source);
      setPath(
        result,
        `${id}_${category}`,
        typeof sourceValue === 'string' ? transform(sourceValue) : sourceValue,
      );
    }
  }
  return result;
}

/**
 * Sets a dot path, creating nested objects (plural forms keep their place in the parent).
 * @param {JsonObject} target
 * @param {string} path
 * @param {unknown} value
 */
function setPath(target, path, value) {
  const segments = path.split('.');
  const last = /** @type {string} */ (segments.pop());
  let node = target;
  for (const segment of segments) {
    const next = node[segment];
    node = next && typeof next === 'object' ? /** @type {JsonObject} */ (next) : (node[segment] = {});
  }
  node[last] = value;
}
