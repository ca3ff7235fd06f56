/** @jsxImportSource @emotion/react */
import { useState } from 'react';
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir, useTheme } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { visuallyHidden } from '../../styles/mixins';
import { toneAccent } from '../Badge/toneColors';
import { Icon } from '../Icon/Icon';
import type { IconName } from '../Icon/icons';
import { IconButton } from '../IconButton/IconButton';

/** Tone of an {@link Alert}. */
export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

/** How an {@link Alert} is announced. */
export type AlertLive = 'polite' | 'assertive' | 'off';

/** Props of {@link Alert}. */
export interface AlertProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** @defaultValue 'info' */
  tone?: AlertTone | undefined;
  /** Bold first line. @defaultValue undefined (none) */
  title?: ReactNode;
  /**
   * Announcement: `'polite'` → `role="status"`, `'assertive'` → `role="alert"`,
   * `'off'` → no live role (static page content).
   * @defaultValue 'polite' for info/success, 'assertive' for warning/danger
   */
  live?: AlertLive | undefined;
  /** Show a dismiss button (named `ui:alert.dismiss`). @defaultValue false */
  dismissible?: boolean | undefined;
  /** Controlled visibility. @defaultValue undefined (uncontrolled) */
  open?: boolean | undefined;
  /** Initial visibility when uncontrolled. @defaultValue true */
  defaultOpen?: boolean | undefined;
  /**
   * Called with `false` when the user dismisses. Dismissing removes the
   * focused button: move focus somewhere meaningful here if needed.
   * @defaultValue undefined
   */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  /** The root `<div>` (React 19: a plain prop). */
  ref?: Ref<HTMLDivElement> | undefined;
}

const ICON_FOR: Record<AlertTone, IconName> = {
  info: 'info',
  success: 'success',
  warning: 'warning',
  danger: 'error',
};

/**
 * A message banner. The tone is never conveyed by color alone: a tone icon
 * plus a visually hidden `ui:alert.tone.*` label. Parts: `icon` (always at
 * the inline start), `content`, `title`, `dismiss`; state: `data-tone`,
 * `data-live`.
 */
export function Alert({
  tone = 'info',
  title,
  live,
  dismissible = false,
  open: openProp,
  defaultOpen = true,
  onOpenChange,
  dir,
  children,
  ref,
  ...rest
}: AlertProps): ReactNode {
  const theme = useTheme();
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const [openState, setOpenState] = useState(defaultOpen);
  const open = openProp ?? openState;
  if (!open) return null;
  const politeness = live ?? (tone === 'warning' || tone === 'danger' ? 'assertive' : 'polite');
  const role = politeness === 'assertive' ? 'alert' : politeness === 'polite' ? 'status' : undefined;
  const accent = toneAccent(theme, tone);
  const dismiss = () => {
    if (openProp === undefined) setOpenState(false);
    onOpenChange?.(false);
  };
  return (
    <div
      ref={ref}
      role={role}
      dir={dir === undefined ? undefined : direction}
      data-tone={tone}
      data-live={politeness}
      css={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: theme.space.md,
        paddingBlock: theme.space.md,
        paddingInlineStart: theme.space.lg,
        paddingInlineEnd: dismissible ? theme.space.sm : theme.space.lg,
        background: theme.colors.surfaceRaised,
        color: theme.colors.text,
        border: `1px solid ${theme.colors.surfaceHover}`,
        borderInlineStartWidth: '4px',
        borderInlineStartColor: accent,
        borderRadius: theme.radii.md,
        textAlign: 'start',
      }}
      {...rest}
    >
      <Icon
        data-part="icon"
        name={ICON_FOR[tone]}
        dir={direction}
        size="1.25rem"
        css={{ color: accent, marginBlockStart: '0.125rem' }}
      />
      <div data-part="content" css={{ flexGrow: 1, minInlineSize: 0 }}>
        <span css={visuallyHidden}>{t(`alert.tone.${tone}`)} </span>
        {title !== undefined && title !== null ? (
          <div data-part="title" css={{ fontWeight: theme.fontWeights.bold }}>
            {title}
          </div>
        ) : null}
        {children}
      </div>
      {dismissible ? (
        <IconButton
          data-part="dismiss"
          icon="close"
          size="sm"
          label={t('alert.dismiss')}
          dir={direction}
          onClick={dismiss}
        />
      ) : null}
    </div>
  );
}
