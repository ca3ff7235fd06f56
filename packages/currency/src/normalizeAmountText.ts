// Left-to-right/right-to-left marks, the Arabic letter mark, embeddings,
// overrides and isolates: Intl puts them around numbers in ar, he and fa, and
// they survive copy-paste invisibly.
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

// Zero of each digit block users type in: Arabic-Indic, Extended
// Arabic-Indic (Persian/Urdu), Devanagari, Bengali. Full-width digits are
// handled by NFKC.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];
const NON_LATIN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/g;

// U+2212 MINUS SIGN (fa output), figure dash and en dash (autocorrect).
const MINUS_VARIANTS = /[\u2212\u2012\u2013]/g;

/**
 * What every amount goes through before it is read: compatibility
 * normalisation (full-width ＄１２ → $12, no-break and narrow no-break spaces
 * → space), bidi controls removed, every digit to ASCII, minus variants to
 * `-`, runs of whitespace to one space, trimmed.
 * @internal
 */
export function normalizeAmountText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BIDI_CONTROLS, '')
    .replace(NON_LATIN_DIGITS, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
      return String(code - zero);
    })
    .replace(MINUS_VARIANTS, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
