// Which characters a font file can draw: the code points its `cmap` table maps
// to a real glyph. Used by arabicFontSlices.mjs to keep each @font-face's
// unicode-range to characters its file has, so the browser never downloads a
// file it then cannot draw from (@fontsource's "math" face of Noto Sans Arabic
// declares ≈ and 2600 other code points but has glyphs for 9 of them).

import subsetFont from 'subset-font';

/**
 * The code points `font` (woff2, woff or sfnt bytes) maps to a glyph other
 * than .notdef, read from its cmap subtables of format 4 (BMP) and 12 (full).
 *
 * @param {Uint8Array} font
 * @returns {Promise<Set<number>>}
 */
export async function glyphCoverage(font) {
  // subset-font's keepAllGlyphs turns any input format into plain sfnt, unchanged otherwise.
  const sfnt = await subsetFont(Buffer.from(font), undefined, { keepAllGlyphs: true, targetFormat: 'sfnt' });
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const cmap = tableOffset(view, 'cmap');
  const covered = new Set();
  const subtables = view.getUint16(cmap + 2);
  for (let index = 0; index < subtables; index++) {
    const start = cmap + view.getUint32(cmap + 8 + 8 * index);
    const format = view.getUint16(start);
    if (format === 4) readFormat4(view, start, covered);
    else if (format === 12) readFormat12(view, start, covered);
  }
  return covered;
}

function tableOffset(view, tag) {
  const tables = view.getUint16(4);
  for (let index = 0; index < tables; index++) {
    const record = 12 + 16 * index;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(record + byte)));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`fontCoverage: the font has no "${tag}" table.`);
}

// Format 4: segments of BMP code points, each mapped by a delta or through a glyph id array.
function readFormat4(view, start, covered) {
  const segments = view.getUint16(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let segment = 0; segment < segments; segment++) {
    const first = view.getUint16(starts + 2 * segment);
    const last = view.getUint16(ends + 2 * segment);
    const delta = view.getInt16(deltas + 2 * segment);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * segment);
    for (let code = first; code <= last && code !== 0xffff; code++) {
      let glyph = (code + delta) & 0xffff;
      if (rangeOffset !== 0) {
        const raw = view.getUint16(rangeOffsets + 2 * segment + rangeOffset + 2 * (code - first));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(code);
    }
  }
}

// Format 12: groups of consecutive code points mapped to consecutive glyph ids.
function readFormat12(view, start, covered) {
  const groups = view.getUint32(start + 12);
  for (let group = 0; group < groups; group++) {
    const record = start + 16 + 12 * group;
    const first = view.getUint32(record);
    const last = view.getUint32(record + 4);
    const firstGlyph = view.getUint32(record + 8);
    for (let code = first; code <= last; code++) if (firstGlyph + (code - first) !== 0) covered.add(code);
  }
}
