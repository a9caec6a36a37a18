// The documentation against what it documents: its links resolve, api.md names what the custom
// elements manifest declares, data-format.md names every field of the schema, and the message keys.
// Runs after the build (npm run test:cli), which makes dist/custom-elements.json.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EN_ALERT, EN_LIST, EN_PANEL } from '../../src/i18n/en-later.js';
import { en } from '../../src/i18n/messages.js';
import { anchors, codeSpans, declaredNames, links, section, splitFences } from '../docs/markdown.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Every Markdown file under a folder, as paths from the root. */
const markdownUnder = (folder: string): string[] =>
  existsSync(join(ROOT, folder))
    ? readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
        const path = `${folder}/${entry.name}`;
        return entry.isDirectory() ? markdownUnder(path) : entry.name.endsWith('.md') ? [path] : [];
      })
    : [];
const DOCUMENTS = ['README.md', 'CHANGELOG.md', 'data/README.md', ...markdownUnder('docs')];

/** What is wrong with each relative link of a document (empty when all resolve). */
function brokenLinks(document: string, markdown: string): string[] {
  const broken: string[] = [];
  for (const { target, line } of links(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // another site
    const [pathAndQuery, anchor] = target.split('#', 2);
    const path = decodeURIComponent(pathAndQuery.split('?')[0]);
    const file = path ? resolve(ROOT, dirname(document), path) : join(ROOT, document);
    const where = `${document}:${line}: ${target}`;
    if (!file.startsWith(ROOT)) broken.push(`${where} leaves the repository`);
    else if (!existsSync(file)) broken.push(`${where}: there is no ${relative(ROOT, file)}`);
    else if (anchor !== undefined && file.endsWith('.md') && statSync(file).isFile() && !anchors(readFileSync(file, 'utf8')).has(anchor)) {
      broken.push(`${where}: ${relative(ROOT, file)} has no heading whose anchor is #${anchor}`);
    }
  }
  return broken;
}

describe('links in the documentation', () => {
  it('reads the README, the changelog, the guides and data/README.md', () => {
    for (const document of ['README.md', 'CHANGELOG.md', 'data/README.md', 'docs/editors.md', 'docs/api.md']) {
      assert.ok(DOCUMENTS.includes(document), `${document} is missing`);
    }
  });

  for (const document of DOCUMENTS) {
    it(`resolves every relative link of ${document}, anchors included`, () => {
      assert.deepEqual(brokenLinks(document, read(document)), []);
    });
  }

  it('finds a broken link, a missing file and a missing heading', () => {
    const markdown = '[ok](docs/api.md#events) [gone](docs/nowhere.md) [no heading](docs/api.md#nothing-here) [here](#a-heading)\n\n## A heading\n\n`[code](not/a/link.md)`';
    assert.deepEqual(brokenLinks('README.md', markdown), [
      'README.md:1: docs/nowhere.md: there is no docs/nowhere.md',
      'README.md:1: docs/api.md#nothing-here: docs/api.md has no heading whose anchor is #nothing-here',
      'README.md:1: #a-heading: README.md has no heading whose anchor is #a-heading',
    ]);
  });

  it('lists every guide of docs/ in the README, where the snippet test finds them', () => {
    const guides = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));
    const linked = new Set(links(read('README.md')).map(({ target }) => target.split('#')[0]));
    assert.deepEqual(guides.filter((name) => !linked.has(`docs/${name}`)), [], 'guides the README does not link to');
  });
});

interface Named {
  name?: string;
  kind?: string;
  privacy?: string;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/** What the manifest declares for <archive-timeline>, by the heading of api.md that names it. */
function declared(): Record<string, { what: string; names: string[] }> {
  const manifest = JSON.parse(read('dist/custom-elements.json')) as { modules: { declarations?: Declaration[] }[] };
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'archive-timeline');
  assert.ok(element, 'dist/custom-elements.json declares no archive-timeline (run npm run build)');
  const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name ?? '(an entry without a name)');
  const isPublic = (member: Named) => member.privacy === undefined || member.privacy === 'public';
  const members = element.members ?? [];
  return {
    '## Attributes': { what: 'attribute', names: names(element.attributes) },
    // Properties with an attribute are documented with it, under Attributes.
    '## Properties': { what: 'public property', names: names(members.filter((m) => m.kind === 'field' && isPublic(m) && !m.attribute)) },
    '## Events': { what: 'event', names: names(element.events) },
    '## Methods': { what: 'public method', names: names(members.filter((m) => m.kind === 'method' && isPublic(m))) },
    '## CSS parts': { what: 'CSS part', names: names(element.cssParts) },
    '## CSS custom properties': { what: 'CSS custom property', names: names(element.cssProperties) },
  };
}

/** How api.md and the manifest differ, in sentences (empty when they agree). */
function apiDifferences(api: string, manifest: ReturnType<typeof declared>): string[] {
  const differences: string[] = [];
  for (const [heading, { what, names }] of Object.entries(manifest)) {
    const lines = section(api, heading);
    if (!lines) {
      differences.push(`docs/api.md has no "${heading}" section`);
      continue;
    }
    const documented = new Set(declaredNames(lines).map((name) => name.replace(/^ArchiveTimeline\./, '').replace(/\(.*$/, '')));
    for (const name of names) if (!documented.has(name)) differences.push(`dist/custom-elements.json declares the ${what} "${name}", which docs/api.md does not name under "${heading}"`);
    for (const name of documented) if (!names.includes(name)) differences.push(`docs/api.md names "${name}" under "${heading}", which dist/custom-elements.json does not declare there`);
  }
  return differences;
}

describe('docs/api.md and dist/custom-elements.json', () => {
  it('name the same attributes, properties, events, methods, parts and custom properties', () => {
    assert.deepEqual(apiDifferences(read('docs/api.md'), declared()), []);
  });

  it('says which name is in one and not the other', () => {
    const manifest = { '## Events': { what: 'event', names: ['timeline-load', 'timeline-select'] } };
    const api = '## Events\n\n- `timeline-load`: loaded.\n- `timeline-error`: problems.\n\n## Methods\n';
    assert.deepEqual(apiDifferences(api, manifest), [
      'dist/custom-elements.json declares the event "timeline-select", which docs/api.md does not name under "## Events"',
      'docs/api.md names "timeline-error" under "## Events", which dist/custom-elements.json does not declare there',
    ]);
  });

  it('names every key of the message tables under "Messages and languages"', () => {
    // A plural text is an object of plural forms; the other objects (kinds, lanes, dateWords) are named key by key.
    const plural = (value: object) => Object.keys(value).every((form) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(form));
    const keys = Object.entries({ ...en, ...EN_PANEL, ...EN_ALERT, ...EN_LIST }).flatMap(([key, value]) =>
      key !== 'problems' && typeof value === 'object' && !plural(value) ? Object.keys(value).map((inner) => `${key}.${inner}`) : [key],
    );
    const named = codeSpans(section(read('docs/api.md'), '## Messages and languages') ?? []);
    assert.deepEqual(keys.filter((key) => !named.has(key)), [], 'message keys docs/api.md does not name');
  });
});

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; oneOf?: Schema[]; anyOf?: Schema[]; allOf?: Schema[] };

/**
 * Every field of the schema, at every level: `title`, `source.citation`, `source.transcript.text`. A
 * list's items start afresh (an event's fields are `id`, `date`…; a mention's `quote`, `event`).
 */
function schemaFields(schema: Schema & { $defs?: Record<string, Schema> }): string[] {
  const fields = new Set<string>();
  const resolveRef = (node: Schema): Schema => (node.$ref ? resolveRef(schema.$defs![node.$ref.replace('#/$defs/', '')]) : node);
  const walk = (node: Schema, prefix: string, seen: Set<Schema>) => {
    const resolved = resolveRef(node);
    if (seen.has(resolved)) return;
    const inside = new Set(seen).add(resolved);
    for (const [name, property] of Object.entries(resolved.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      fields.add(path);
      walk(property, path, inside);
    }
    if (resolved.items) walk(resolved.items, '', inside);
    for (const branch of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? []), ...(resolved.allOf ?? [])]) walk(branch, prefix, inside);
  };
  walk(schema, '', new Set());
  return [...fields];
}

describe('docs/data-format.md and data/schema.json', () => {
  const schema = JSON.parse(read('data/schema.json'));
  const page = read('docs/data-format.md');

  it('finds the fields of every level of the schema', () => {
    const fields = schemaFields(schema);
    for (const field of ['$schema', 'lang', 'events', 'id', 'partOfDay', 'source.url', 'source.transcript.text', 'source.lang', 'quote', 'type']) {
      assert.ok(fields.includes(field), `${field} is missing from ${fields.join(', ')}`);
    }
  });

  it('names every field of the schema', () => {
    const named = codeSpans(splitFences(page).prose);
    assert.deepEqual(schemaFields(schema).filter((field) => !named.has(field)), [], 'fields of data/schema.json that docs/data-format.md does not name');
  });

  it('lists in its tables of fields only fields of the schema', () => {
    const fields = new Set(schemaFields(schema));
    const lines = splitFences(page).prose;
    const inFieldTables: string[] = [];
    let inTable = false;
    for (const line of lines) {
      if (/^\| field \|/.test(line)) inTable = true;
      else if (!line.startsWith('|')) inTable = false;
      else if (inTable) inFieldTables.push(line);
    }
    assert.ok(inFieldTables.length > 10, 'the page has tables of fields');
    assert.deepEqual(declaredNames(inFieldTables).filter((name) => !fields.has(name)), [], 'fields the page lists that data/schema.json does not have');
  });
});
