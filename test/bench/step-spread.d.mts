/** Types for step-spread.mjs, which the bench (plain Node) runs as it is. */
export interface BenchRun {
  size: number;
  target: string;
  interaction?: { zoomSteps: number[]; zoomP95Ms: number; panP95Ms: number } | null;
}

export function stepSpread(
  runs: readonly BenchRun[],
  options: { sizes: readonly number[]; targets: readonly string[]; labels: Readonly<Record<string, string>> },
): { header: string[]; rows: string[][] };
