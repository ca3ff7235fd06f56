import type { CSSObject } from '@emotion/react';

import type { Theme } from '../../theme/theme';
import type { SpaceToken } from '../../theme/tokens';

/** Cross-axis alignment, in logical terms. */
export type FlexAlign = 'start' | 'center' | 'end' | 'stretch' | 'baseline';
/** Main-axis distribution, in logical terms. */
export type FlexJustify = 'start' | 'center' | 'end' | 'between';

const ALIGN: Record<FlexAlign, string> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  stretch: 'stretch',
  baseline: 'baseline',
};
const JUSTIFY: Record<FlexJustify, string> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  between: 'space-between',
};

/** Flex layout shared by Stack (column) and Inline (row). `start`/`end` follow the direction. */
export function flexLayout(
  theme: Theme,
  direction: 'row' | 'column',
  gap: SpaceToken,
  align: FlexAlign,
  justify: FlexJustify,
  wrap: boolean,
): CSSObject {
  return {
    display: 'flex',
    flexDirection: direction,
    flexWrap: wrap ? 'wrap' : 'nowrap',
    gap: theme.space[gap],
    alignItems: ALIGN[align],
    justifyContent: JUSTIFY[justify],
    margin: 0,
    padding: 0,
    listStyle: 'none',
  };
}
