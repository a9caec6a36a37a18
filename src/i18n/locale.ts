import { onFirstUse, type Chunk } from '../components/shared/first-use.js';
import { en, type Messages } from './messages.js';
import { languageTag } from '../model/language-tag.js';

/** Built-in tables besides English, by language subtag: chunks of their own, loaded when a locale needs one. */
const BUILT_IN = new Map<string, Chunk<Messages>>([
  ['zh', onFirstUse(() => import('./zh.js').then((module) => module.zh))],
  ['ru', onFirstUse(() => import('./ru.js').then((module) => module.ru))],
]);

/** Texts pages added or overrode with `defineMessages`, kept apart so they apply on top of a table that arrives later. */
const defined = new Map<string, Partial<Messages>>();

const languageOf = (locale: string) => locale.split('-')[0].toLowerCase();

/** Adds a language, or overrides texts of one; missing texts fall back to English. */
export function defineMessages(language: string, table: Partial<Messages>): void {
  const key = language.toLowerCase();
  defined.set(key, { ...defined.get(key), ...table });
}

/**
 * The `lang` a node is in, as the browser works it out: its own or its nearest ancestor's, through
 * the hosts of shadow roots; '' when none says (unknown).
 */
export function languageAround(node: Element): string {
  for (let at: Element | null = node; at; ) {
    const marked = at.closest('[lang]');
    if (marked) return marked.getAttribute('lang') ?? '';
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** The locale to use: the `locale` attribute, else the page's `lang`, else en-US. */
export function resolveLocale(attribute: string | undefined, element: Element): string {
  return languageTag(attribute) ?? languageTag(languageAround(element)) ?? 'en-US';
}

/** The built-in table a locale's texts need besides English, if any: `messagesFor` is complete once it has arrived. */
export function builtInTable(locale: string): Chunk<Messages> | undefined {
  return BUILT_IN.get(languageOf(locale));
}

/**
 * The language the element's own texts are in, for its `lang`: the locale's when there are texts for
 * it (English, a built-in table that has arrived, or the page's), else English, which they fall back to.
 */
export function languageOfTexts(locale: string, overrides: Partial<Messages> = {}): string {
  const language = languageOf(locale);
  const translated = language === 'en' || BUILT_IN.get(language)?.value || defined.has(language) || Object.keys(overrides).length > 0;
  return translated ? locale : 'en';
}

/** Languages written right to left, for engines whose Intl.Locale cannot say. */
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction a language is written in: Intl.Locale's text info where the engine has it. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = (info.getTextInfo?.() ?? info.textInfo)?.direction;
    if (direction) return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    // Not a language tag: the list below decides.
  }
  return RIGHT_TO_LEFT.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/**
 * The message table for a locale: English, under its language's built-in table (once loaded),
 * under what the page defined for the language, under per-element overrides.
 */
export function messagesFor(locale: string, overrides: Partial<Messages> = {}): Messages {
  const language = languageOf(locale);
  const tables = [en, BUILT_IN.get(language)?.value, defined.get(language), overrides];
  const merged: Messages = Object.assign({}, ...tables);
  // By code: a page that words a few problems its own way keeps the built-in words for the rest.
  merged.problems = Object.assign({}, ...tables.map((table) => table?.problems));
  return merged;
}
