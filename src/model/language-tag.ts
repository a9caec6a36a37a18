/**
 * A language tag in its canonical form ("EN-gb" → "en-GB"), or undefined when it is not one. The
 * syntax alone would take "English" (a language subtag may have up to 8 letters), but no language has
 * a subtag longer than 3 letters, and a screen reader would not know it: the subtag must be 2–3 letters.
 */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const tag = Intl.getCanonicalLocales(value)[0];
    return tag && /^[a-z]{2,3}$/.test(new Intl.Locale(tag).language) ? tag : undefined;
  } catch {
    return undefined;
  }
}
