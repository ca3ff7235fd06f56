#!/usr/bin/env node
// The LanguageSwitcher's autonyms, in Noto, on a page of any locale.
//
// The list names each language in itself: 日本語, 한국어, 中文, العربية, עברית, فارسی. An en-US page has
// loaded only Latin web fonts, so those names came from system fonts. On a machine without CJK fonts (many
// Linux installs, CI), 日本語 showed as three empty boxes. Elsewhere each name looked different per OS.
// Loading each script's whole family for seven words would cost far too much: the CJK families alone are
// a hundred subsets each.
//
// This script cuts each script's Noto family down to the characters of its autonym, at weight 400. The
// result is one family, "Globalkit Autonyms", of a few tiny faces, and only the switcher's list uses it
// (LanguageListbox). It is not in the page's stacks: Arabic user text on an English page must not have
// some of its letters drawn by a face that lacks the others, which would break the joining.
// Arabic and Persian share a face, cut from this package's own Noto Sans Arabic slice, and joining forms
// are kept by HarfBuzz's layout closure.
//
// Autonyms are CLDR data, as Node's ICU writes them (`Intl.DisplayNames`). A browser with other CLDR data
// could write other characters; autonymFont.browser.test.tsx checks Chromium's autonyms against the faces.
// The output is committed (packages/ui-rtl/fonts/autonyms/), and autonymFont.test.mjs fails when it drifts.
//
//   node packages/ui-rtl/scripts/autonymFont.mjs   # after bumping a Noto font package or Node's ICU

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import subsetFont from 'subset-font';

import { fontFaceRule, writeGeneratedFonts } from './arabicFontSlices.mjs';
import { facesDrawing, fontFamilyDir } from './fontFaces.mjs';

/** The family LanguageListbox names. */
export const AUTONYM_FAMILY = 'Globalkit Autonyms';

/**
 * Each locale whose name no family of every stack draws, and the Noto family its name is cut from.
 * Hindi's हिन्दी needs no face here: Noto Sans, which every stack has, draws Devanagari.
 */
export const AUTONYM_SOURCES = {
  ja: 'Noto Sans JP',
  ko: 'Noto Sans KR',
  zh: 'Noto Sans SC',
  ar: 'Noto Sans Arabic',
  fa: 'Noto Sans Arabic',
  he: 'Noto Sans Hebrew',
};

/** Where the committed faces live. */
export const OUTPUT_DIR = fileURLToPath(new URL('../fonts/autonyms/', import.meta.url));

/** A language's own name, as the switcher shows it (scripts without case need no capitalising). */
export function autonymOf(tag) {
  return new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}

/** The letters of `text` without spaces and invisible marks: what needs a glyph. */
function drawnCharacters(text) {
  return [...new Set(text)].filter((char) => !/^[\s\p{Default_Ignorable_Code_Point}]$/u.test(char));
}

/**
 * Builds every output file in memory: for each source family, one face per source file holding some
 * of its autonyms' characters (a CJK family spreads them over numbered subsets).
 *
 * @returns {Promise<Map<string, Buffer | string>>} path relative to {@link OUTPUT_DIR} → contents
 */
export async function buildAutonymFont() {
  const byFamily = new Map();
  for (const [tag, family] of Object.entries(AUTONYM_SOURCES)) {
    byFamily.set(family, [...(byFamily.get(family) ?? []), ...drawnCharacters(autonymOf(tag))]);
  }
  const output = new Map();
  const rules = [];
  for (const [family, characters] of byFamily) {
    const dir = fontFamilyDir(family);
    const faces = await facesDrawing(dir);
    const byFile = new Map();
    for (const char of new Set(characters)) {
      const code = char.codePointAt(0);
      const face = faces.find((candidate) => candidate.drawn.has(code));
      if (!face)
        throw new Error(`autonymFont: ${family} has no glyph for "${char}" (U+${code.toString(16)}).`);
      byFile.set(face.file, [...(byFile.get(face.file) ?? []), char]);
    }
    for (const [file, chars] of byFile) {
      const slice = await subsetFont(readFileSync(join(dir, 'files', file)), chars.join(''), {
        targetFormat: 'woff2',
      });
      const name = `autonyms-${file.replace(/-400-normal\.woff2$/, '')}.woff2`;
      const codes = chars.map((char) => char.codePointAt(0)).sort((x, y) => x - y);
      output.set(`files/${name}`, slice);
      rules.push(
        fontFaceRule(
          AUTONYM_FAMILY,
          '400',
          name,
          codes.map((code) => [code, code]),
        ),
      );
    }
  }
  const header =
    `/* ${AUTONYM_FAMILY}: the LanguageSwitcher's non-Latin autonyms (${Object.keys(AUTONYM_SOURCES)
      .map(autonymOf)
      .join(' ')}),\n` + '   cut from their Noto families by scripts/autonymFont.mjs. */';
  output.set('400.css', `${header}\n\n${rules.join('\n\n')}\n`);
  // The SIL Open Font License requires the licence to travel with the fonts; all the sources share it.
  output.set('LICENSE', readFileSync(join(fontFamilyDir('Noto Sans Hebrew'), 'LICENSE'), 'utf8'));
  return output;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeGeneratedFonts(OUTPUT_DIR, await buildAutonymFont());
}
