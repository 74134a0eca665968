/**
 * Summaries of repeated timings: the median says what a user usually waits, p90 how bad an
 * unlucky run gets. Ratios are taken between medians, so one slow outlier decides nothing.
 */

/** Timings of one measured thing, in milliseconds. */
export interface Sample {
  readonly label: string;
  readonly timesMs: readonly number[];
}

/** Median and 90th percentile of a sample. */
export interface Summary {
  readonly label: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p90Ms: number;
}

/** The q-quantile (0…1) with linear interpolation between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  const weight = pos - lower;
  return sorted[lower]! * (1 - weight) + sorted[upper]! * weight;
}

/** Median and p90 of a sample. */
export function summarise(sample: Sample): Summary {
  return {
    label: sample.label,
    runs: sample.timesMs.length,
    medianMs: quantile(sample.timesMs, 0.5),
    p90Ms: quantile(sample.timesMs, 0.9),
  };
}

/**
 * Runs `once` for `warmups` unmeasured and `runs` measured iterations, one after the other;
 * `afterWarmups` (awaited, untimed) runs between the two.
 */
export async function repeat(label: string, warmups: number, runs: number, once: () => Promise<number>, afterWarmups?: () => Promise<void>): Promise<Sample> {
  for (let i = 0; i < warmups; i++) await once();
  await afterWarmups?.();
  const timesMs: number[] = [];
  for (let i = 0; i < runs; i++) timesMs.push(await once());
  return { label, timesMs };
}
