import { expect } from '@open-wc/testing';

/**
 * What the first frame no longer waits for (issue 28): Intl's start-up, made while the page loads or
 * while the data are on their way. This file imports the element itself, after watching Intl.
 */
const made: string[] = [];
const IntlDateTimeFormat = Intl.DateTimeFormat;
Intl.DateTimeFormat = new Proxy(IntlDateTimeFormat, {
  construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    made.push(String(args[0]));
    return new target(...args);
  },
});
const madeOnImport = (async () => {
  await import('../../../src/index.js');
  return [...made];
})();

after(() => (Intl.DateTimeFormat = IntlDateTimeFormat));

describe('<archive-timeline> first frame', () => {
  it('makes the page language’s date formatter when the module is defined, before any element exists', async () => {
    document.documentElement.lang = '';
    expect(await madeOnImport).to.include('en-US');
  });

  it('makes its locale’s date formatter while its data are on their way, not once they have come', async () => {
    await madeOnImport;
    const realFetch = window.fetch;
    let answer: (response: Response) => void = () => {};
    let asked = false;
    window.fetch = () => {
      asked = true;
      return new Promise<Response>((resolve) => (answer = resolve));
    };
    const element = document.createElement('archive-timeline');
    try {
      element.setAttribute('locale', 'fr-FR');
      element.setAttribute('src', '/data/held.json');
      document.body.append(element);
      for (let i = 0; i < 50 && !asked; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(asked, 'the data were asked for').to.equal(true);
      expect(made, 'made before the answer').to.include('fr-FR');
      const loaded = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
      answer(new Response(JSON.stringify({ title: 'Held', events: [{ id: 'a', date: '1945-07-01', title: 'A', kind: 'cable', source: { title: 'S', url: 'https://history.state.gov/' } }] }), { headers: { 'content-type': 'application/json' } }));
      await loaded;
    } finally {
      window.fetch = realFetch;
      element.remove();
    }
  });
});
