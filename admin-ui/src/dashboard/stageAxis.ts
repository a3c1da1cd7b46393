import type { XAxis } from '@mui/x-charts/models';

/**
 * The x axis of a chart per stage. Tick labels put each word on a line of its own, so that
 * "Law office preparation" fits under its bar. The tooltip keeps the name on one line.
 */
export const STAGE_AXIS: XAxis<'band'> = {
  scaleType: 'band',
  dataKey: 'label',
  height: 60,
  valueFormatter: (label: string, context) => (context.location === 'tick' ? label.split(' ').join('\n') : label),
};
