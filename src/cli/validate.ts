/**
 * `npm run validate [file…]`: checks datasets the way the element reads them (media included), plus
 * what only a file system can check (transcript and media files exist, every mention's quote occurs
 * in its transcript).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isSafeTranscriptPath } from '../model/addresses.js';
import { checkMedia } from '../model/media/check.js';
import { segmentTranscript, unmatchedQuotes } from '../model/mentions.js';
import type { Problem } from '../model/types.js';
import { validateDataset } from '../model/validate.js';

function defaultFiles(): string[] {
  const folder = resolve('data');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => join(folder, name));
}

/** Where in the text a JSON syntax error is, as "line L, column C", when the engine says. */
function syntaxErrorPlace(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1])).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** Checks one file; returns the problems found and how many events are valid. */
export function checkFile(file: string): { problems: Problem[]; count: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { problems: [{ message: 'The file could not be read.' }], count: 0 };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [{ message: `The file is not valid JSON${syntaxErrorPlace(text, error as Error)}: check for a missing comma, quote or bracket.` }],
      count: 0,
    };
  }
  const media = checkMedia(json);
  const { dataset, problems } = validateDataset(media.input);
  problems.unshift(...media.problems);
  for (const event of dataset.events) {
    (event.media ?? []).forEach((item, index) => {
      for (const key of ['url', 'thumbnail'] as const) {
        const path = item[key];
        if (path === undefined || !isSafeTranscriptPath(path) || existsSync(resolve(dirname(file), path))) continue;
        problems.push({
          id: event.id,
          field: `media[${index}].${key}`,
          message: `event "${event.id}": media[${index}].${key} "${path}" does not exist (looked for ${relative(process.cwd(), resolve(dirname(file), path))})`,
        });
      }
    });
    const transcript = event.source?.transcript;
    if (transcript === undefined) continue;
    let body: string;
    if (typeof transcript === 'string') {
      const path = resolve(dirname(file), transcript);
      if (!existsSync(path)) {
        problems.push({
          id: event.id,
          field: 'source.transcript',
          message: `event "${event.id}": source.transcript "${transcript}" does not exist (looked for ${relative(process.cwd(), path)})`,
        });
        continue;
      }
      body = readFileSync(path, 'utf8');
    } else {
      body = transcript.text;
    }
    problems.push(...unmatchedQuotes(event.id, segmentTranscript(body, event.mentions).unmatched));
  }
  return { problems, count: dataset.events.length };
}

function main(args: string[]): number {
  const files = args.length ? args.map((file) => resolve(file)) : defaultFiles();
  let failed = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const { problems, count } = checkFile(file);
    if (problems.length === 0) {
      console.log(`✓ ${name}: ${count} events, no problems`);
      continue;
    }
    failed++;
    console.log(`✗ ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${count} valid events)`);
    for (const problem of problems) console.log(`  - ${problem.message}`);
  }
  if (failed) console.log(`\n${failed} of ${files.length} file${files.length === 1 ? '' : 's'} need fixing.`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
