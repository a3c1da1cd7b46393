/** Shows a policy duration in words: "5 school_days" becomes "5 school days", and ISO 8601 durations stay as they are. */
export const formatSlaDuration = (duration: string): string => duration.replace(/_/g, ' ');

/** Shows a warning fraction as a share of the stage's time: 0.75 becomes "75%". */
export const formatWarningAt = (fraction: number): string =>
  new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
