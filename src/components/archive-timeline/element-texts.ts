import { builtInTable, directionOf, languageOfTexts, messagesFor, resolveLocale } from '../../i18n/locale.js';
import { en, type Messages } from '../../i18n/messages.js';
import type { FirstUseController } from '../shared/first-use.js';

/**
 * The element's own texts (buttons, headings, messages, the words around dates): the table for its
 * locale, the language the table is in and that language's direction. Dates and texts change
 * language together, once the language's table has arrived; the old ones stay until then.
 */
export class ElementTexts {
  /** The locale the texts and dates are in. */
  locale = 'en-US';
  t: Messages = en;
  /** The table before the dataset's way of writing dates (`eras`) is applied. */
  private table: Messages = en;
  private era = false;
  /** The language `t` is in (the locale's, or English where the locale has no texts), and its direction. */
  lang = 'en-US';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** False until the first locale's texts are there: nothing is drawn before, so no English flashes. */
  ready = false;
  /** The locale asked for, until its texts have arrived and it becomes `locale`. */
  private wanted: string | undefined;

  constructor(
    private readonly host: HTMLElement,
    /** Loads another language's table when it is first asked for, and updates the host when it arrives. */
    private readonly firstUse: FirstUseController,
  ) {}

  /** Asks for the texts of `locale` (the attribute; without a valid one, the language around the host). */
  want(locale: string | undefined): void {
    this.wanted = resolveLocale(locale, this.host);
  }

  /** Switches to the texts asked for if their table is there (a table that failed to load leaves English); `overrides` are the element's own. */
  update(overrides: Partial<Messages>): void {
    const locale = this.wanted;
    if (!locale) return;
    const table = builtInTable(locale);
    if (table && !this.firstUse.arrived(table) && !table.failed) return;
    this.locale = locale;
    this.table = messagesFor(locale, overrides);
    this.compose();
    this.lang = languageOfTexts(locale, overrides);
    this.dir = directionOf(this.lang);
    this.wanted = undefined;
    this.ready = true;
  }

  /** Dates of a dataset with years before 1 are written with their era up to 999 too ("14 AD", DateWords.era). */
  eras(on: boolean): void {
    if (on !== this.era) this.compose((this.era = on));
  }

  private compose(era = this.era): void {
    this.t = era ? { ...this.table, dateWords: { ...this.table.dateWords, era } } : this.table;
  }
}
