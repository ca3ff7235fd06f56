/** @jsxImportSource @emotion/react */
import { getDirection } from '@globalkit/i18n';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent, ReactNode, Ref } from 'react';

import { useGlobalkit, useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useOptionalI18n } from '@globalkit/i18n';
import { useOptionalLocale } from '../../direction/useOptionalI18n';
import { loadAutonymFonts } from '../../fonts/fonts';
import { useUiStrings } from '../../i18n/useUiStrings';
import { visuallyHidden } from '../../styles/mixins';
import { Icon } from '../Icon/Icon';
import { LanguageListbox } from './LanguageListbox';
import { autonym, buildOptions, findTypeahead, shortCode } from './languageNames';
import { labelStyles, rootStyles, triggerStyles } from './languageSwitcherStyles';

/** How long a type-ahead word stays open between keystrokes (APG: about half a second). */
const TYPEAHEAD_RESET_MS = 500;

/** Props of {@link LanguageSwitcher}. */
export interface LanguageSwitcherProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'onChange' | 'children'
> {
  /**
   * The selected locale (controlled). When given, choosing only calls
   * `onValueChange`; the caller switches the locale.
   * @defaultValue undefined (the active locale of the nearest `I18nProvider`)
   */
  value?: string | undefined;
  /**
   * Initial selection when there is neither `value` nor an `I18nProvider`.
   * @defaultValue 'en-US'
   */
  defaultValue?: string | undefined;
  /**
   * Called with the chosen locale tag. Uncontrolled, the switcher also
   * calls the provider's `setLocale` (persisted, then the app re-renders
   * in the new language and direction).
   * @defaultValue undefined
   */
  onValueChange?: ((locale: string) => void) | undefined;
  /** Whether the listbox is shown (controlled). @defaultValue undefined (uncontrolled) */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. @defaultValue false */
  defaultOpen?: boolean | undefined;
  /** Called when the listbox opens or closes. @defaultValue undefined */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * Locales listed first, in a group labelled `ui:languageSwitcher.regionGroup`
   * (e.g. a serving region's `languages` from `@globalkit/regions`:
   * `getRegion('me-south-1').languages`). The others follow under
   * `ui:languageSwitcher.allGroup`.
   * @defaultValue [] (one ungrouped list in catalog order)
   */
  priorityLocales?: readonly string[] | undefined;
  /**
   * The locales offered.
   * @defaultValue SUPPORTED_LOCALES from `@globalkit/i18n` (all fourteen)
   */
  locales?: readonly string[] | undefined;
  /**
   * `'full'` shows the globe and the autonym; `'compact'` the globe and the
   * short code (`EN-US`, `AR`), named `ui:languageSwitcher.button` with the autonym.
   * @defaultValue 'full'
   */
  variant?: 'full' | 'compact' | undefined;
  /**
   * Show the `ui:languageSwitcher.label` text above the trigger (it always
   * labels the combobox; by default it is visually hidden).
   * @defaultValue false
   */
  showLabel?: boolean | undefined;
  /**
   * Which inline edge of the trigger the popup lines up with. `'end'` suits
   * a switcher in the header's end corner (right in LTR, left in RTL).
   * @defaultValue 'end'
   */
  align?: 'start' | 'end' | undefined;
  /** Disables the trigger. @defaultValue false */
  disabled?: boolean | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /**
   * The combobox element (the focusable trigger), e.g. to focus it.
   * `className`, `css` and other props go to the root element.
   */
  ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * The language switcher: a WAI-ARIA APG select-only combobox listing every
 * locale by its own name (`lang`/`dir` per option), the current one
 * checked. Choosing calls the provider's `setLocale`, so the choice is
 * persisted and the whole app flips language and direction.
 *
 * Parts (`data-part`): `trigger`, `icon`, `value`, `code`, `indicator`,
 * `listbox`, `option`, `check`, `name`. State: `data-open`, `data-variant`,
 * `data-disabled`, `data-active` (option).
 */
export function LanguageSwitcher({
  value,
  defaultValue = 'en-US',
  onValueChange,
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  priorityLocales,
  locales,
  variant = 'full',
  showLabel = false,
  align = 'end',
  disabled = false,
  dir,
  ref,
  ...rest
}: LanguageSwitcherProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const { locale: uiLocale } = useGlobalkit();
  const i18n = useOptionalI18n();
  const activeLocale = useOptionalLocale(i18n);
  const [uncontrolledValue, setUncontrolledValue] = useState(defaultValue);
  const current = value ?? activeLocale ?? uncontrolledValue;

  const options = useMemo(
    () => buildOptions(uiLocale, priorityLocales, locales),
    [uiLocale, priorityLocales, locales],
  );
  const currentIndex = options.findIndex((option) => option.tag === current);
  const currentName = autonym(current);

  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen);
  const open = (openProp ?? uncontrolledOpen) && !disabled;
  // The visually focused option, by tag; null means "the current one" (also after an outside change).
  const [activeTag, setActiveTag] = useState<string | null>(null);
  const activeIndex = Math.max(
    options.findIndex((option) => option.tag === (activeTag ?? current)),
    0,
  );
  const last = options.length - 1;
  const activate = (index: number) => setActiveTag(options[Math.min(Math.max(index, 0), last)]?.tag ?? null);

  const baseId = useId();
  const labelId = `${baseId}-label`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const rootRef = useRef<HTMLDivElement>(null);
  const comboboxRef = useRef<HTMLDivElement | null>(null);
  const listboxRef = useRef<HTMLDivElement>(null);
  const typeahead = useRef({ buffer: '', timer: 0 });
  const setComboboxRef = useCallback(
    (element: HTMLDivElement | null) => {
      comboboxRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  const setOpen = (next: boolean) => {
    if (!next) setActiveTag(null);
    if (next === open) return;
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };

  const openAt = (index: number) => {
    activate(index);
    setOpen(true);
  };

  const select = (index: number) => {
    const option = options[index];
    setOpen(false);
    comboboxRef.current?.focus();
    if (!option || option.tag === current) return;
    onValueChange?.(option.tag);
    if (value !== undefined) return;
    if (i18n) void i18n.setLocale(option.tag);
    else setUncontrolledValue(option.tag);
  };

  const runTypeahead = (key: string, from: number): number => {
    const state = typeahead.current;
    window.clearTimeout(state.timer);
    state.buffer += key;
    state.timer = window.setTimeout(() => {
      state.buffer = '';
    }, TYPEAHEAD_RESET_MS);
    return findTypeahead(options, from, state.buffer);
  };

  // The names in other scripts have bundled faces (fonts/autonyms), fetched at the first sign of intent
  // (pointer over or focus on the trigger, or the list opening) rather than with the page: most visits
  // never open the list.
  const autonyms = useMemo(() => options.map((option) => option.autonym).join(' '), [options]);
  const warmAutonyms = () => void loadAutonymFonts(autonyms);

  // The active option stays visible while moving through a scrolled list.
  useEffect(() => {
    if (open) revealActiveOption(listboxRef.current);
  }, [open, activeIndex]);

  // Opening fetches the list's faces. Rows first laid out in a fallback face change height when the web
  // faces swap in, which would leave the active option half hidden at the list's edge: reveal it again
  // once every face has loaded.
  useEffect(() => {
    if (!open) return;
    let live = true;
    void loadAutonymFonts(autonyms)
      .then(() => (typeof document !== 'undefined' && 'fonts' in document ? document.fonts.ready : undefined))
      .then(() => {
        if (live) revealActiveOption(listboxRef.current);
      });
    return () => {
      live = false;
    };
  }, [open, autonyms]);

  // A pointer press outside closes without changing the value (also when the trigger is not focused).
  const closeRef = useRef(() => setOpen(false));
  useEffect(() => {
    closeRef.current = () => setOpen(false);
  });
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
      closeRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    const state = typeahead.current;
    return () => window.clearTimeout(state.timer);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    const { key, altKey, ctrlKey, metaKey } = event;
    const printable = key.length === 1 && !ctrlKey && !metaKey && !altKey;
    const from = Math.max(currentIndex, 0);
    if (!open) {
      // APG select-only, closed: arrows, Enter, Space (and Alt+Down) open on the current option.
      if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') {
        event.preventDefault();
        openAt(from);
      } else if (key === 'Home' || key === 'End') {
        event.preventDefault();
        openAt(key === 'Home' ? 0 : last);
      } else if (printable) {
        event.preventDefault();
        const found = runTypeahead(key, from);
        openAt(found >= 0 ? found : from);
      }
      return;
    }
    const moves: Partial<Record<string, number>> = {
      ArrowDown: Math.min(activeIndex + 1, last),
      ArrowUp: Math.max(activeIndex - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(activeIndex + 10, last),
      PageUp: Math.max(activeIndex - 10, 0),
    };
    const move = moves[key];
    if (key === 'ArrowUp' && altKey) {
      event.preventDefault();
      select(activeIndex);
    } else if (move !== undefined) {
      event.preventDefault();
      activate(move);
    } else if (key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    } else if (key === 'Enter' || (key === ' ' && typeahead.current.buffer.length === 0)) {
      event.preventDefault();
      select(activeIndex);
    } else if (key === 'Tab') {
      // APG: commit and close, and let the browser move focus on.
      select(activeIndex);
    } else if (printable) {
      event.preventDefault();
      const found = runTypeahead(key, activeIndex);
      if (found >= 0) activate(found);
    }
  };

  const name = variant === 'compact' ? t('languageSwitcher.button', { language: currentName }) : undefined;
  return (
    <div
      ref={rootRef}
      dir={dir === undefined ? undefined : direction}
      data-variant={variant}
      data-open={open ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      css={rootStyles}
      {...rest}
    >
      <span id={labelId} css={showLabel ? labelStyles(theme) : visuallyHidden}>
        {t('languageSwitcher.label')}
      </span>
      <div
        ref={setComboboxRef}
        role="combobox"
        tabIndex={disabled ? -1 : 0}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && options.length > 0 ? optionId(activeIndex) : undefined}
        aria-disabled={disabled || undefined}
        {...(name === undefined ? { 'aria-labelledby': labelId } : { 'aria-label': name })}
        data-part="trigger"
        css={triggerStyles(theme)}
        onKeyDown={onKeyDown}
        onClick={() => {
          if (disabled) return;
          if (open) setOpen(false);
          else openAt(Math.max(currentIndex, 0));
        }}
        onBlur={() => setOpen(false)}
        onPointerEnter={warmAutonyms}
        onFocus={warmAutonyms}
      >
        <Icon name="globe" data-part="icon" />
        {variant === 'compact' ? (
          <span data-part="code">{shortCode(current)}</span>
        ) : (
          <span data-part="value" lang={current} dir={getDirection(current)}>
            {currentName}
          </span>
        )}
        <Icon name="chevronDown" size="1em" data-part="indicator" />
      </div>
      <LanguageListbox
        ref={listboxRef}
        id={listboxId}
        labelledBy={labelId}
        open={open}
        options={options}
        activeIndex={activeIndex}
        selectedIndex={currentIndex}
        uiLocale={uiLocale}
        align={align}
        optionId={optionId}
        onActivate={activate}
        onPick={select}
      />
    </div>
  );
}

/** Scrolls the list just enough to show its active option (`data-active`, set by LanguageListbox). */
function revealActiveOption(listbox: HTMLElement | null): void {
  listbox?.querySelector<HTMLElement>('[data-active]')?.scrollIntoView?.({ block: 'nearest' });
}
