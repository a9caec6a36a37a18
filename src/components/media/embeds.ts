/** Hosts whose players the `embeds` attribute may allow; without it every video page is a link card. */
export const EMBED_HOSTS = ['youtube', 'vimeo'] as const;
export type EmbedHost = (typeof EMBED_HOSTS)[number];

/** The hosts an `embeds` attribute names ("youtube vimeo"); unknown words are ignored. */
export const embedHosts = (attribute: string | null | undefined): EmbedHost[] =>
  (attribute ?? '').toLowerCase().split(/[\s,]+/).filter((word): word is EmbedHost => (EMBED_HOSTS as readonly string[]).includes(word));

/**
 * The player's address for a YouTube or Vimeo page when its host is allowed: YouTube's
 * privacy-enhanced host (no cookies until the reader plays), Vimeo with do-not-track. Else undefined.
 */
export function embedAddress(url: string, allowed: readonly EmbedHost[]): string | undefined {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  const host = address.hostname.replace(/^(www|m)\./, '');
  if (allowed.includes('youtube')) {
    const id = host === 'youtu.be' ? address.pathname.slice(1) : host === 'youtube.com' ? (address.searchParams.get('v') ?? /^\/(?:embed|shorts)\/([^/]+)/.exec(address.pathname)?.[1]) : undefined;
    if (id && /^[\w-]{6,20}$/.test(id)) return `https://www.youtube-nocookie.com/embed/${id}`;
  }
  if (allowed.includes('vimeo') && host === 'vimeo.com') {
    const id = /^\/(\d+)/.exec(address.pathname)?.[1];
    if (id) return `https://player.vimeo.com/video/${id}?dnt=1`;
  }
  return undefined;
}
