import { en, type Messages } from './messages.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

/** Message tables by language subtag; pages add or override languages with `defineMessages`. */
const tables = new Map<string, Messages>([
  ['en', en],
  ['zh', zh],
  ['ru', ru],
]);

/** Adds a language, or overrides texts of one; missing texts fall back to English. */
export function defineMessages(language: string, table: Partial<Messages>): void {
  const key = language.toLowerCase();
  tables.set(key, { ...en, ...tables.get(key), ...table });
}

/** The locale to use: the `locale` attribute, else the page's `lang`, else en-US. */
export function resolveLocale(attribute: string | undefined, element: Element): string {
  const candidate = attribute || element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en-US';
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** The message table for a locale: its language's, else English, with per-element overrides on top. */
export function messagesFor(locale: string, overrides: Partial<Messages> = {}): Messages {
  const language = locale.split('-')[0].toLowerCase();
  return { ...(tables.get(language) ?? en), ...overrides };
}
