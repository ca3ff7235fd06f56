/** @jsxImportSource @emotion/react */
import type { ReactNode, Ref } from 'react';

import { useTheme } from '../../direction/GlobalkitContext';
import { autonymFontStackFor } from '../../fonts/fonts';
import { useUiStrings } from '../../i18n/useUiStrings';
import { visuallyHidden } from '../../styles/mixins';
import { Icon } from '../Icon/Icon';
import type { LanguageOption } from './languageNames';
import { checkSlotStyles, groupLabelStyles, optionStyles, popupStyles } from './languageSwitcherStyles';

/** Props of the internal {@link LanguageListbox}. */
export interface LanguageListboxProps {
  readonly id: string;
  readonly labelledBy: string;
  readonly open: boolean;
  readonly options: readonly LanguageOption[];
  /** Index of the visually focused option (the combobox's `aria-activedescendant`). */
  readonly activeIndex: number;
  /** Index of the selected (current) option, -1 for none. */
  readonly selectedIndex: number;
  /** The UI language, for the hidden "current" hint. */
  readonly uiLocale: string;
  readonly align: 'start' | 'end';
  readonly optionId: (index: number) => string;
  readonly onActivate: (index: number) => void;
  readonly onPick: (index: number) => void;
  readonly ref?: Ref<HTMLDivElement> | undefined;
}

/**
 * The popup of the LanguageSwitcher: a `listbox` of options, in two
 * labelled groups when some options are in the `region` group. Options are
 * rendered only while open (a hidden popup has no parts to measure). The
 * options are never focused; the combobox keeps DOM focus.
 */
export function LanguageListbox({
  id,
  labelledBy,
  open,
  options,
  activeIndex,
  selectedIndex,
  uiLocale,
  align,
  optionId,
  onActivate,
  onPick,
  ref,
}: LanguageListboxProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  // Names in another script than the page's come from the bundled autonym faces, not system fonts.
  const nameStyles = { fontFamily: autonymFontStackFor(uiLocale) };

  const renderOption = (option: LanguageOption, index: number) => {
    const selected = index === selectedIndex;
    return (
      // Options are never focused: the keyboard lives on the combobox (aria-activedescendant, APG).
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- see above
      <div
        key={option.tag}
        id={optionId(index)}
        role="option"
        aria-selected={selected}
        lang={option.tag}
        data-part="option"
        data-index={index}
        data-value={option.tag}
        data-active={index === activeIndex ? '' : undefined}
        css={optionStyles(theme)}
        onMouseMove={() => {
          if (index !== activeIndex) onActivate(index);
        }}
        onClick={() => onPick(index)}
      >
        <span data-part="check" css={checkSlotStyles}>
          {selected ? <Icon name="check" size="1em" /> : null}
        </span>
        {/* `dir` on the name (not the row) keeps every check in one column in a mixed-script list. */}
        <span data-part="name" lang={option.tag} dir={option.dir} css={nameStyles}>
          {option.autonym}
        </span>
        {selected ? (
          <span lang={uiLocale} css={visuallyHidden}>
            {t('languageSwitcher.current')}
          </span>
        ) : null}
      </div>
    );
  };

  const renderGroup = (group: LanguageOption['group'], label: string) => {
    const labelId = `${id}-${group}`;
    return (
      <div role="group" aria-labelledby={labelId} data-group={group}>
        <div id={labelId} role="presentation" css={groupLabelStyles(theme)}>
          {label}
        </div>
        {options.map((option, index) => (option.group === group ? renderOption(option, index) : null))}
      </div>
    );
  };

  const grouped = options.some((option) => option.group === 'region');
  return (
    <div
      ref={ref}
      id={id}
      role="listbox"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      hidden={!open}
      data-part={open ? 'listbox' : undefined}
      css={popupStyles(theme, align)}
      // Keep DOM focus on the combobox while the pointer picks an option or drags the scrollbar.
      onMouseDown={(event) => event.preventDefault()}
    >
      {open ? (
        grouped ? (
          <>
            {renderGroup('region', t('languageSwitcher.regionGroup'))}
            {renderGroup('all', t('languageSwitcher.allGroup'))}
          </>
        ) : (
          options.map(renderOption)
        )
      ) : null}
    </div>
  );
}
