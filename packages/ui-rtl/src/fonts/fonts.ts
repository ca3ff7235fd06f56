/**
 * Script-aware typography. Each supported locale maps to a Noto family
 * (one design across scripts) plus system fallbacks, and a line-height that
 * fits the script: Arabic/Persian need room for tall ascenders and dots,
 * CJK and Devanagari a little more than Latin.
 */

type Script = 'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'japanese' | 'korean' | 'chinese';

const SYSTEM = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// Every character of every locale's strings, and of what Intl writes for it, has a web font in its stack
// (scripts/mathOperatorsFont.test.mjs), so text looks the same on every machine:
// - "Noto Sans Math" is this package's cut of Noto Sans Math to ≈ ≠ ≤ ≥ ∞, which no other family here draws
//   (scripts/mathOperatorsFont.mjs). It comes after the locale's own families, before any system font.
// - "Noto Sans" follows the CJK families for the currency signs they lack (₹, ₪). Its stylesheets load
//   for every locale anyway; the CJK families draw the math operators themselves.
const MATH = '"Noto Sans Math"';

const STACKS: Record<Script, string> = {
  latin: `"Noto Sans", ${MATH}, ${SYSTEM}`,
  arabic: `"Noto Sans Arabic", "Noto Sans", ${MATH}, Tahoma, ${SYSTEM}`,
  hebrew: `"Noto Sans Hebrew", "Noto Sans", ${MATH}, Arial, ${SYSTEM}`,
  devanagari: `"Noto Sans Devanagari", "Noto Sans", ${MATH}, "Nirmala UI", ${SYSTEM}`,
  japanese: `"Noto Sans JP", "Noto Sans", "Hiragino Sans", "Yu Gothic", Meiryo, ${SYSTEM}`,
  korean: `"Noto Sans KR", "Noto Sans", "Apple SD Gothic Neo", "Malgun Gothic", ${SYSTEM}`,
  chinese: `"Noto Sans SC", "Noto Sans", "PingFang SC", "Microsoft YaHei", ${SYSTEM}`,
};

const LINE_HEIGHTS: Record<Script, number> = {
  latin: 1.5,
  arabic: 1.8,
  hebrew: 1.6,
  devanagari: 1.7,
  japanese: 1.7,
  korean: 1.7,
  chinese: 1.7,
};

/** Which script a locale tag is written in; unknown input is Latin. */
export function scriptFor(locale: string): Script {
  const language = (typeof locale === 'string' ? locale : '').toLowerCase().split(/[-_]/)[0] ?? '';
  switch (language) {
    case 'ar':
    case 'fa':
    case 'ur':
      return 'arabic';
    case 'he':
    case 'iw':
      return 'hebrew';
    case 'hi':
    case 'mr':
    case 'ne':
      return 'devanagari';
    case 'ja':
      return 'japanese';
    case 'ko':
      return 'korean';
    case 'zh':
      return 'chinese';
    default:
      return 'latin';
  }
}

/** CSS `font-family` stack for a locale (e.g. `fontStackFor('ar')` starts with Noto Sans Arabic). */
export function fontStackFor(locale: string): string {
  return STACKS[scriptFor(locale)];
}

/** The family of the LanguageSwitcher's bundled autonym faces (scripts/autonymFont.mjs). */
const AUTONYMS = '"Globalkit Autonyms"';

/**
 * The font stack of the language list's names on a `locale` page: the page's own Noto families first, so a
 * name in the page's script looks like the page, then the bundled autonym faces for the names in other
 * scripts (日本語 on an English page), then the system fonts. Only the list uses it: Arabic user text on an
 * English page must not take some letters from a face that lacks the others. @internal
 */
export function autonymFontStackFor(locale: string): string {
  const families = fontStackFor(locale).split(', ');
  const firstSystem = families.findIndex((family) => !family.startsWith('"Noto Sans'));
  families.splice(firstSystem, 0, AUTONYMS);
  return families.join(', ');
}

/** Unitless body line-height for a locale's script (1.5 Latin, 1.8 Arabic/Persian, …). */
export function lineHeightFor(locale: string): number {
  return LINE_HEIGHTS[scriptFor(locale)];
}

// One literal import() per file so bundlers emit a chunk each and fetch only
// what the locale needs. The @fontsource CSS uses unicode-range subsets, so a
// CJK page downloads only the glyph ranges it renders.
const LOADERS: Record<Script, readonly (() => Promise<unknown>)[]> = {
  latin: [
    () => import('@fontsource/noto-sans/400.css'),
    () => import('@fontsource/noto-sans/700.css'),
    // Shipped with this package: declares five operators, and is fetched only by a page that draws one.
    () => import('#fonts/noto-sans-math/400.css'),
  ],
  // Shipped with this package, not an @fontsource peer: the same Noto Sans Arabic with its Arabic
  // face sliced so an Arabic or Persian page loads ~15 KB per weight instead of ~49 KB
  // (scripts/arabicFontSlices.mjs).
  arabic: [() => import('#fonts/noto-sans-arabic/400.css'), () => import('#fonts/noto-sans-arabic/700.css')],
  hebrew: [
    () => import('@fontsource/noto-sans-hebrew/400.css'),
    () => import('@fontsource/noto-sans-hebrew/700.css'),
  ],
  devanagari: [
    () => import('@fontsource/noto-sans-devanagari/400.css'),
    () => import('@fontsource/noto-sans-devanagari/700.css'),
  ],
  japanese: [
    () => import('@fontsource/noto-sans-jp/400.css'),
    () => import('@fontsource/noto-sans-jp/700.css'),
  ],
  korean: [
    () => import('@fontsource/noto-sans-kr/400.css'),
    () => import('@fontsource/noto-sans-kr/700.css'),
  ],
  chinese: [
    () => import('@fontsource/noto-sans-sc/400.css'),
    () => import('@fontsource/noto-sans-sc/700.css'),
  ],
};

const loaded = new Map<Script, Promise<boolean>>();
const warned = new Set<Script>();

/**
 * Loads the web fonts a locale needs (Latin always, plus its own script),
 * once per script. The @fontsource packages are optional peers: when one is
 * not installed the import fails, a single console warning names it, and the
 * system fallbacks of {@link fontStackFor} are used. Never rejects.
 *
 * @returns whether every needed font stylesheet loaded
 */
export async function loadFontsFor(locale: string): Promise<boolean> {
  const scripts: Script[] = ['latin'];
  const script = scriptFor(locale);
  if (script !== 'latin') scripts.push(script);
  const results = await Promise.all(scripts.map(loadScript));
  return results.every(Boolean);
}

function loadScript(script: Script): Promise<boolean> {
  let promise = loaded.get(script);
  if (!promise) {
    promise = Promise.all(LOADERS[script].map((load) => load())).then(
      () => true,
      (error: unknown) => {
        if (!warned.has(script)) {
          warned.add(script);
          console.warn(
            `@globalkit/ui-rtl: could not load the ${script} web font (is its optional @fontsource peer installed?); using system fonts.`,
            error,
          );
        }
        return false;
      },
    );
    loaded.set(script, promise);
  }
  return promise;
}

let autonymFonts: Promise<boolean> | undefined;

/**
 * Declares the LanguageSwitcher's autonym faces (one small stylesheet, once per page) and, given the names
 * the list shows, fetches the faces that draw them. LanguageSwitcher calls it when a pointer enters or
 * focus reaches its trigger, and when the list opens. Await it before a screenshot of an open list.
 * Never rejects.
 *
 * @param names - text the list will draw; omitted, only the stylesheet is loaded
 * @returns whether the stylesheet loaded
 */
export async function loadAutonymFonts(names?: string): Promise<boolean> {
  autonymFonts ??= import('#fonts/autonyms/400.css').then(
    () => true,
    (error: unknown) => {
      console.warn('@globalkit/ui-rtl: could not load the language list font; using system fonts.', error);
      return false;
    },
  );
  const declared = await autonymFonts;
  if (declared && names && typeof document !== 'undefined' && 'fonts' in document) {
    // Only this family: asking with the whole stack would also fetch the page families' other subsets.
    await document.fonts.load(`400 16px ${AUTONYMS}`, names).catch(() => undefined);
  }
  return declared;
}

/** Test seam: the loader table, so tests can assert which files a locale pulls in. */
export const fontLoadersForTesting = LOADERS;
