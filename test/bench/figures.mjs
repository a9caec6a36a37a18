/** How the bench reduces and prints its figures: medians over runs, and a unit for each number. */

/** The median of the finite values, or null. */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A number with thousands separators and exactly `digits` decimals. */
export const formatDigits = (value, digits) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A figure with its unit: one decimal under 100 (ms), none from there; megabytes with one. */
export function formatNumber(value, unit) {
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return `${formatDigits(value, unit === 'ms' && value < 100 ? 1 : 0)}${unit ? ` ${unit}` : ''}`;
}
