/** @jsxImportSource @emotion/react */
import type { ReactNode } from 'react';

import { useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { visuallyHidden } from '../../styles/mixins';
import { Icon } from '../Icon/Icon';
import { errorStyles, hintStyles } from './fieldStyles';
import { hasContent } from './useFieldIds';

/** A field's help text (`data-part="description"`), referenced by `aria-describedby`. */
export function FieldDescription({
  id,
  children,
}: {
  readonly id: string;
  readonly children?: ReactNode;
}): ReactNode {
  const theme = useTheme();
  if (!hasContent(children)) return null;
  return (
    <div id={id} data-part="description" css={hintStyles(theme)}>
      {children}
    </div>
  );
}

/**
 * A field's error (`data-part="error"`): a decorative error icon, a visually
 * hidden `ui:field.errorPrefix` (so "Error:" is read before the message, not
 * conveyed by color alone), then the message.
 */
export function FieldError({
  id,
  children,
}: {
  readonly id: string;
  readonly children?: ReactNode;
}): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  if (!hasContent(children)) return null;
  return (
    <div id={id} data-part="error" css={errorStyles(theme)}>
      <Icon name="error" size="1.25em" css={{ flexShrink: 0 }} />
      <span>
        <span css={visuallyHidden}>{`${t('field.errorPrefix')} `}</span>
        {children}
      </span>
    </div>
  );
}

/**
 * The marker after a label: `ui:field.required` (hidden from assistive
 * technology, which hears `aria-required`) or `ui:field.optional` (read as
 * part of the label: there is no ARIA attribute for "optional").
 */
export function NecessityMarker({
  required,
  optional,
}: {
  readonly required?: boolean | undefined;
  readonly optional?: boolean | undefined;
}): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const css = {
    fontSize: theme.fontSizes.xs,
    fontWeight: theme.fontWeights.regular,
    color: theme.colors.textMuted,
  };
  if (required)
    return (
      <span data-part="marker" data-required="" aria-hidden="true" css={css}>
        {t('field.required')}
      </span>
    );
  if (optional)
    return (
      <span data-part="marker" data-optional="" css={css}>
        {t('field.optional')}
      </span>
    );
  return null;
}
