import type { Direction } from '@globalkit/i18n';

/** The toolbar globals a story renders with, after defaults and per-story pins. */
export interface StoryGlobals {
  /** `parameters.locale` (a story pinned to a language) wins over the toolbar. */
  readonly locale: string;
  /** Explicit override; `undefined` means "follow the locale". */
  readonly direction: Direction | undefined;
  readonly scheme: 'light' | 'dark';
  readonly jurisdiction: string;
}

/**
 * Reads Storybook's `globals`/`parameters` (untyped bags) into the four
 * contract globals of DESIGN.md: `locale`, `direction`, `scheme`,
 * `jurisdiction`. Unknown values fall back to the defaults rather than
 * throwing: a bad `?globals=` URL should still show a story.
 */
export function resolveStoryGlobals(
  globals: Readonly<Record<string, unknown>>,
  parameters: Readonly<Record<string, unknown>>,
): StoryGlobals {
  const pinned = typeof parameters['locale'] === 'string' ? parameters['locale'] : undefined;
  const locale = pinned ?? (typeof globals['locale'] === 'string' ? globals['locale'] : 'en-US');
  const direction =
    globals['direction'] === 'ltr' || globals['direction'] === 'rtl' ? globals['direction'] : undefined;
  const scheme = globals['scheme'] === 'dark' ? 'dark' : 'light';
  const jurisdiction = typeof globals['jurisdiction'] === 'string' ? globals['jurisdiction'] : 'US';
  return { locale, direction, scheme, jurisdiction };
}
