/**
 * Text helpers shared by the foreign-format converters: HTML to plain text without a DOM, and ids.
 *
 * The result of `toPlainText` is text, to be rendered as text: tags are removed (never kept, never
 * run), and the entities are decoded once, so `&lt;b&gt;` becomes the literal characters `<b>` that
 * its author wrote, exactly as a browser would show them.
 */

/** Elements whose content is code or markup, not text: dropped along with their tags. */
const NON_TEXT_ELEMENTS = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'xmp', 'noembed', 'noframes',
]);

/** Elements that separate words: replaced by a space so "a<br>b" reads "a b", while "<b>Po</b>tsdam" reads "Potsdam". */
const BREAKING_ELEMENTS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'tr', 'td',
  'th', 'table', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'img',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

/** Longest id made from a headline. */
const MAX_ID = 64;

interface Tag {
  /** Lowercase element name; '' for comments, doctypes and processing instructions. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just after the tag (the length of the text when the tag never closes). */
  end: number;
}

/** Reads the tag starting at `html[start] === '<'`, honouring quoted attribute values ("a>b" does not end it). */
function readTag(html: string, start: number): Tag {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return { name: '', closing: false, selfClosing: true, end: close === -1 ? html.length : close + 3 };
  }
  const closing = html[start + 1] === '/';
  const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(start + (closing ? 2 : 1), start + 40));
  const name = nameMatch ? nameMatch[0].toLowerCase() : '';
  let i = start + 1;
  while (i < html.length) {
    const char = html[i];
    if (char === '>') {
      return { name, closing, selfClosing: html[i - 1] === '/', end: i + 1 };
    }
    if (char === '=' && name !== '') {
      i += 1;
      while (i < html.length && /\s/.test(html[i])) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) break;
        i = close;
      } else {
        continue;
      }
    }
    i += 1;
  }
  return { name, closing, selfClosing: false, end: html.length };
}

/** Index just after the closing tag of a non-text element, or the end of the text when it never closes. */
function skipElementContent(html: string, from: number, name: string): number {
  const closing = new RegExp(`</${name}(?=[\\s/>]|$)`, 'ig');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? readTag(html, match.index).end : html.length;
}

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // As browsers do: NUL, surrogates and values past Unicode become the replacement character.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? entity;
}

/**
 * Turns an HTML fragment into one line of plain text: removes every tag (and the content of scripts,
 * styles and the like), decodes the common and numeric entities once, and collapses white space.
 */
export function toPlainText(html: string): string {
  let text = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, open);
    // Only "<" followed by a letter, "/", "!" or "?" starts a tag; "1 < 2" is text.
    if (!/[a-zA-Z/!?]/.test(html[open + 1] ?? '')) {
      text += '<';
      i = open + 1;
      continue;
    }
    const tag = readTag(html, open);
    i = tag.end;
    // "<script/>" still opens a script in HTML; only svg and math may close themselves.
    const closesItself = tag.selfClosing && (tag.name === 'svg' || tag.name === 'math');
    if (NON_TEXT_ELEMENTS.has(tag.name) && !tag.closing && !closesItself) {
      i = skipElementContent(html, i, tag.name);
    }
    if (BREAKING_ELEMENTS.has(tag.name)) text += ' ';
  }
  return text
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity)
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
}

/** Plain text of a value that may be an HTML string; '' for anything else. */
export function plainTextOf(value: unknown): string {
  return typeof value === 'string' ? toPlainText(value) : '';
}

/** A candidate id in our pattern (lowercase letters, digits, hyphens): "Harriman's cable, 1945" becomes "harrimans-cable-1945". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID) return slug;
  // Cut a long headline at a word, so ids stay readable.
  const cut = slug.lastIndexOf('-', MAX_ID);
  return slug.slice(0, cut > 0 ? cut : MAX_ID);
}

/**
 * Makes unique ids: each call slugifies its text (or takes the fallback when the slug is empty) and
 * adds "-2", "-3"… when the id was already given out.
 */
export function uniqueIds(): (text: string, fallback: string) => string {
  const used = new Set<string>();
  return (text, fallback) => {
    const base = slugify(text) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
