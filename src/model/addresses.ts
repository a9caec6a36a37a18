/**
 * Which addresses from data are used: links only over https, transcripts only inside the dataset's
 * folder. Anything else is left out by the checks (validate.ts) and by the format converters.
 */

/** Longest link or transcript path. */
export const MAX_ADDRESS = 2_000;

/** True for an https URL: the only scheme a link from data may use. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > MAX_ADDRESS) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Where transcript paths are tried, to see whether the URL parser takes them out of the folder. */
const PROBE_FOLDER = 'https://dataset.invalid/folder/';

/** Tabs, line breaks and other invisible characters: the URL parser drops some of them. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** True for a relative path that stays inside the dataset's folder. */
export function isSafeTranscriptPath(path: string): boolean {
  if (
    path.trim() === '' || path.length > MAX_ADDRESS || /^[a-z][a-z0-9+.-]*:/i.test(path) ||
    path.startsWith('/') || path.includes('\\') || hasControlCharacter(path)
  ) {
    return false;
  }
  if (path.split('/').some((segment) => segment === '..')) return false;
  // "%2e%2e/", "java\tscript:" and their kin are turned into "../" or a scheme by the URL parser.
  try {
    return new URL(path, PROBE_FOLDER).href.startsWith(PROBE_FOLDER);
  } catch {
    return false;
  }
}
