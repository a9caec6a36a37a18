/** A language tag in its canonical form ("EN-us" → "en-US"), or undefined when it is not one. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}
