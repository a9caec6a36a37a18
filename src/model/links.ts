import type { TimelineEvent } from './types.js';

/** Which events each event points to (relations and transcript mentions) and is pointed to by. */
export interface LinkIndex {
  outgoing: ReadonlyMap<string, readonly string[]>;
  incoming: ReadonlyMap<string, readonly string[]>;
}

/** Builds both directions once per dataset, each target listed once, in time order of the data. */
export function indexLinks(events: readonly TimelineEvent[]): LinkIndex {
  const outgoing = new Map<string, Set<string>>();
  const incoming = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const event of events) {
    for (const link of [...(event.relations ?? []), ...(event.mentions ?? [])]) {
      if (link.event === event.id) continue;
      add(outgoing, event.id, link.event);
      add(incoming, link.event, event.id);
    }
  }
  const order = new Map(events.map((event, index) => [event.id, index]));
  const sorted = (map: Map<string, Set<string>>) =>
    new Map([...map].map(([key, ids]) => [key, [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))]));
  return { outgoing: sorted(outgoing), incoming: sorted(incoming) };
}
