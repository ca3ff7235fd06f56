/** @jsxImportSource @emotion/react */
import { keyframes } from '@emotion/react';
import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';

import { useResolvedDir } from '../../direction/GlobalkitContext';
import { useUiStrings } from '../../i18n/useUiStrings';
import { visuallyHidden } from '../../styles/mixins';

const spin = keyframes({ to: { transform: 'rotate(360deg)' } });

const SIZES = { sm: '1em', md: '1.5em', lg: '2.5em' } as const;

/** Props of {@link Spinner}. */
export interface SpinnerProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * What is loading, announced politely (`role="status"`).
   * @defaultValue `t('ui:spinner.label')` ("Loading")
   */
  label?: string | undefined;
  /**
   * Hide from assistive technology when something else announces the state
   * (a `Button` with `aria-busy`).
   * @defaultValue false
   */
  decorative?: boolean | undefined;
  /** @defaultValue 'md' */
  size?: keyof typeof SIZES | undefined;
  /** @defaultValue the provider's direction */
  dir?: 'ltr' | 'rtl' | undefined;
  ref?: Ref<HTMLSpanElement> | undefined;
}

/**
 * Indeterminate progress. Rotation reads the same in both directions, so
 * nothing flips; with `prefers-reduced-motion: reduce` it turns slowly
 * instead of stopping (the state must stay perceivable).
 */
export function Spinner({
  label,
  decorative = false,
  size = 'md',
  dir,
  ref,
  ...rest
}: SpinnerProps): ReactNode {
  const t = useUiStrings();
  const direction = useResolvedDir(dir);
  const text = label ?? t('spinner.label');
  return (
    <span
      ref={ref}
      dir={dir === undefined ? undefined : direction}
      data-size={size}
      {...(decorative ? { 'aria-hidden': true } : { role: 'status' })}
      css={{ display: 'inline-flex', alignItems: 'center', verticalAlign: 'middle', color: 'inherit' }}
      {...rest}
    >
      <svg
        viewBox="0 0 24 24"
        width={SIZES[size]}
        height={SIZES[size]}
        aria-hidden
        focusable="false"
        css={{
          animation: `${spin} 0.8s linear infinite`,
          '@media (prefers-reduced-motion: reduce)': {
            animationDuration: '2.4s',
          },
        }}
      >
        <circle
          cx="12"
          cy="12"
          r="9"
          fill="none"
          stroke="currentColor"
          strokeOpacity="0.25"
          strokeWidth="3"
        />
        <path
          d="M12 3a9 9 0 0 1 9 9"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
        />
      </svg>
      {decorative ? null : <span css={visuallyHidden}>{text}</span>}
    </span>
  );
}
