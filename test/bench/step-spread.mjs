/**
 * How much the step times move from run to run, and where a zoom's p95 comes from: for each size and
 * target, the median over the runs and, in brackets, the lowest and the highest run. The first three
 * zoom steps (in from the whole year) are shown apart from the other thirteen, as they cost more.
 */
import { formatDigits, formatNumber, median } from './figures.mjs';

const FIRST_STEPS = 3;
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The columns, for runs of `steps` zoom steps each. */
const columns = (steps) => [
  { label: 'zoom step, p95', get: (interaction) => interaction.zoomP95Ms },
  { label: 'pan step, p95', get: (interaction) => interaction.panP95Ms },
  { label: `zoom steps 1–${FIRST_STEPS}, mean`, get: (interaction) => mean(interaction.zoomSteps.slice(0, FIRST_STEPS)) },
  { label: `zoom steps ${FIRST_STEPS + 1}–${steps}, mean`, get: (interaction) => mean(interaction.zoomSteps.slice(FIRST_STEPS)) },
];

/** "37.7 ms (33.2–45.5)": the median, and the range when there is more than one run. */
function cell(values) {
  const middle = formatNumber(median(values), 'ms');
  if (values.length < 2) return middle;
  // The range's ends as precise as its larger one: "(92.0–105)" would read as two kinds of figure.
  const high = Math.max(...values);
  const digits = high < 100 ? 1 : 0;
  return `${middle} (${formatDigits(Math.min(...values), digits)}–${formatDigits(high, digits)})`;
}

/**
 * The table's header and rows from the raw runs ({ size, target, interaction }): only runs whose
 * interactions were measured count; a target with none at a size has no row.
 */
export function stepSpread(runs, { sizes, targets, labels }) {
  const shown = columns(Math.max(0, ...runs.map((run) => run.interaction?.zoomSteps?.length ?? 0)));
  const header = ['events', 'target', ...shown.map((column) => column.label)];
  const rows = [];
  for (const size of sizes) {
    for (const target of targets) {
      const measured = runs.filter((run) => run.size === size && run.target === target && run.interaction?.zoomSteps?.length).map((run) => run.interaction);
      if (!measured.length) continue;
      rows.push([size.toLocaleString('en-US'), labels[target] ?? target, ...shown.map((column) => cell(measured.map(column.get)))]);
    }
  }
  return { header, rows };
}
