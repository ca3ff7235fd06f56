import type { Theme } from '../../theme/theme';

/** Status tone shared by Badge and Alert. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/**
 * Accent color (dot, icon, border) of a tone, each contrast-checked against the
 * surfaces in tokens.test.ts. Meaning is always carried by text too (and the
 * icon in Alert), never by color alone.
 */
export function toneAccent(theme: Theme, tone: StatusTone): string {
  const { colors } = theme;
  return {
    neutral: colors.textMuted,
    info: colors.primary,
    success: colors.success,
    warning: colors.warning,
    danger: colors.danger,
  }[tone];
}
