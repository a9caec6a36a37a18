/**
 * `npx archive-timeline validate <file or URL>…` and `npx archive-timeline convert <file or URL> [-o out.json]`:
 * every format the element reads (ours, TimelineJS 3 and 2, vis items, CSV, TSV, a Google Sheet's address).
 * Exit codes: 0 valid, 1 problems found (the valid events kept), 2 a file or address could not be read.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DataFormat } from '../model/formats/detect.js';
import type { Problem } from '../model/types.js';
import { checkSource, readings, type Checked } from './check-source.js';

const USAGE = `Usage:
  archive-timeline validate [--json] [--format F] <file or URL>…   check data (default: data/*.json)
  archive-timeline convert [--format F] <file or URL> [-o out.json]  write it in archive-timeline's format

Formats are detected; --format names one: archive-timeline, timelinejs, timelinejs2, vis, csv, tsv.
Exit codes: 0 valid, 1 problems found (valid events kept), 2 could not be read.`;

const FORMATS = ['auto', 'archive-timeline', 'timelinejs', 'timelinejs2', 'vis', 'csv', 'tsv'];

interface Options {
  command: string;
  sources: string[];
  json: boolean;
  out?: string;
  format: DataFormat | 'auto';
}

function parseArgs(args: string[]): Options | string {
  const [command = '', ...rest] = args;
  if (command === '-h' || command === '--help') return USAGE;
  const options: Options = { command, sources: [], json: false, format: 'auto' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') options.json = true;
    else if (arg === '-o' || arg === '--out') options.out = rest[++i];
    else if (arg === '--format') options.format = rest[++i] as DataFormat;
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('-')) return `unknown option ${arg}\n\n${USAGE}`;
    else options.sources.push(arg);
  }
  if (!FORMATS.includes(options.format)) return `--format must be one of ${FORMATS.join(', ')}\n\n${USAGE}`;
  return options;
}

/** The datasets in data/, for `validate` without files (the project's own check). */
function defaultSources(): string[] {
  try {
    return readdirSync('data')
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .map((name) => join('data', name));
  } catch {
    return [];
  }
}

const nameOf = (source: string) => (/^https?:/i.test(source) ? source : relative(process.cwd(), resolve(source)) || source);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
// 2: nothing could be read (no file, no answer, not JSON at all); 1: problems, the valid events kept.
const exitCode = (checked: Checked) => (checked.unreadable || checked.notParsed ? 2 : checked.problems.length ? 1 : 0);

/** A problem for machines: where it is (event, field, spreadsheet row and column) and the message. */
const problemJson = ({ id, field, row, column, message }: Problem) => ({ id, field, row, column, message });

async function validate(options: Options): Promise<number> {
  const sources = options.sources.length ? options.sources : defaultSources();
  if (!sources.length) {
    console.error(USAGE);
    return 2;
  }
  const results: Checked[] = [];
  for (const source of sources) results.push(await checkSource(source, options.format));
  if (options.json) {
    const report = results.map((checked) => ({
      source: checked.source,
      format: checked.format ?? null,
      events: checked.dataset.events.length,
      unreadable: checked.unreadable,
      problems: checked.problems.map(problemJson),
    }));
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const checked of results) {
      const name = nameOf(checked.source);
      const count = checked.dataset.events.length;
      if (!checked.problems.length) {
        console.log(`✓ ${name}: ${count} events, no problems (${checked.format})`);
      } else {
        const read = checked.unreadable ? 'could not be read' : `${plural(checked.problems.length, 'problem')} (${count} valid events, ${checked.format})`;
        console.log(`✗ ${name}: ${read}`);
        for (const problem of checked.problems) console.log(`  - ${problem.message}`);
      }
      for (const line of readings(checked.dataset)) console.log(`  · ${line}`);
    }
    const failed = results.filter((checked) => checked.problems.length).length;
    if (failed) console.log(`\n${failed} of ${plural(results.length, 'file')} need fixing.`);
  }
  return Math.max(0, ...results.map(exitCode));
}

async function convert(options: Options): Promise<number> {
  if (options.sources.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const checked = await checkSource(options.sources[0], options.format);
  for (const problem of checked.problems) console.error(`${nameOf(checked.source)}: ${problem.message}`);
  if (checked.unreadable || checked.notParsed) return 2;
  const { title, description, lang, events } = checked.dataset;
  const text = `${JSON.stringify({ title, ...(description ? { description } : {}), ...(lang ? { lang } : {}), events }, null, 2)}\n`;
  if (options.out) {
    writeFileSync(options.out, text);
    console.error(`${nameOf(checked.source)} (${checked.format}): ${plural(events.length, 'event')} written to ${options.out}`);
  } else {
    process.stdout.write(text);
  }
  return exitCode(checked);
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.log(options);
    return options === USAGE ? 0 : 2;
  }
  if (options.command === 'validate') return validate(options);
  if (options.command === 'convert') return convert(options);
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
