import { useUiStrings } from '../../i18n/useUiStrings';

/** A counter line and whether the text is over its limit. */
export interface CharacterCounter {
  readonly text: string | undefined;
  readonly over: boolean;
}

/**
 * `ui:field.charactersLeft` / `charactersOver` (plural by `count`) for a
 * value against `maxLength`. Counts code points, so an emoji or an Arabic
 * letter with a combining mark is not split mid-surrogate.
 */
export function useCharacterCounter(value: string, maxLength: number | undefined): CharacterCounter {
  const t = useUiStrings();
  if (maxLength === undefined) return { text: undefined, over: false };
  const remaining = maxLength - Array.from(value).length;
  return remaining >= 0
    ? { text: t('field.charactersLeft', { count: remaining }), over: false }
    : { text: t('field.charactersOver', { count: -remaining }), over: true };
}
