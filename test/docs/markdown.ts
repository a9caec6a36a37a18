// Reading the project's Markdown as GitHub does, for the doc tests (test/cli/docs.test.ts in Node,
// test/docs/snippets.test.ts in the browser): no DOM and no Node API here.

export interface Fence {
  /** The info string's first word: `html`, `js`, `sh`… */
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** The fenced code blocks of a document, and its lines outside them (the others replaced by ''). */
export function splitFences(markdown: string): { fences: Fence[]; prose: string[] } {
  const fences: Fence[] = [];
  const prose: string[] = [];
  let open: { marker: string; lang: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (open) {
      if (fence && fence[1][0] === open.marker[0] && fence[1].length >= open.marker.length && !fence[2]) {
        fences.push({ lang: open.lang, code: open.lines.join('\n'), line: open.line });
        open = undefined;
      } else open.lines.push(text);
      prose.push('');
    } else if (fence) {
      open = { marker: fence[1], lang: fence[2].toLowerCase(), line: index + 1, lines: [] };
      prose.push('');
    } else prose.push(text);
  });
  return { fences, prose };
}

/** A heading's anchor as GitHub makes it: lower case, punctuation out, spaces to hyphens. */
export function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]|(^|\s)_+|_+(\s|$)/g, '$1$2')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a document has: its headings' slugs (repeats numbered as GitHub does) and `id`s. */
export function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of splitFences(markdown).prose) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      found.add(count ? `${base}-${count}` : base);
    }
    for (const id of line.matchAll(/\s(?:id|name)="([^"]+)"/g)) found.add(id[1]);
  }
  return found;
}

export interface Link {
  target: string;
  line: number;
}

/** The targets of a document's inline links and images, outside code. */
export function links(markdown: string): Link[] {
  const found: Link[] = [];
  splitFences(markdown).prose.forEach((text, index) => {
    const line = text.replace(/`[^`]*`/g, '');
    for (const match of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ target: match[1], line: index + 1 });
    for (const match of line.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)) found.push({ target: match[1], line: index + 1 });
  });
  return found;
}

/**
 * The lines of the section under a heading (`## Events`), down to the next heading of its level or
 * above; undefined when there is no such heading.
 */
export function section(markdown: string, heading: string): string[] | undefined {
  const { prose } = splitFences(markdown);
  const level = /^#+/.exec(heading)![0].length;
  const start = prose.findIndex((line) => line.trim() === heading);
  if (start < 0) return undefined;
  const rest = prose.slice(start + 1);
  const end = rest.findIndex((line) => {
    const match = /^(#{1,6})\s/.exec(line);
    return match !== null && match[1].length <= level;
  });
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The names a section declares: the code spans that open each list item or table row, before its
 * description (`- \`start\`, \`end\`: …` names both; `| \`id\` | … |` names `id`).
 */
export function declaredNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const lead = /^\s*(?:[-*]|\|)\s*((?:`[^`]+`(?:,\s*|\s+and\s+|\s+or\s+)?)+)/.exec(line);
    if (lead) for (const code of lead[1].matchAll(/`([^`]+)`/g)) names.push(code[1]);
  }
  return names;
}

/** Every code span of some lines: `name` → name. */
export function codeSpans(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1])));
}
