import { EVENT_KINDS, type EventKind } from '../../model/types.js';

/** What the widget keeps in the page URL when `deep-link` is on: `#event=wh-307&hide=cable&q=stalin`. */
export interface HashState {
  event: string | null;
  hiddenKinds: EventKind[];
  query: string;
}

const KEYS = ['event', 'hide', 'q'];

/** Reads the widget's state from a location hash, ignoring any other content of the hash. */
export function readHashState(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, '').split('&').filter((part) => KEYS.some((key) => part.startsWith(`${key}=`))).join('&'));
  const hide = (params.get('hide') ?? '').split(',').filter((kind): kind is EventKind => EVENT_KINDS.includes(kind as EventKind));
  return { event: params.get('event') || null, hiddenKinds: hide, query: params.get('q') ?? '' };
}

/** Writes the widget's state into a hash, keeping whatever else the page keeps there. */
export function writeHashState(hash: string, state: HashState): string {
  const others = hash.replace(/^#/, '').split('&').filter((part) => part && !KEYS.some((key) => part.startsWith(`${key}=`)));
  const ours = new URLSearchParams();
  if (state.event) ours.set('event', state.event);
  if (state.hiddenKinds.length) ours.set('hide', state.hiddenKinds.join(','));
  if (state.query) ours.set('q', state.query);
  const parts = [...others, ...(ours.toString() ? [ours.toString()] : [])];
  return parts.length ? `#${parts.join('&')}` : '';
}
