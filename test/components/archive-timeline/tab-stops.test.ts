import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ArchiveTimeline } from '../../../src/index.js';
import type { RendererName } from '../../../src/components/renderer.js';
import { SMALL, cleanup, loadTimeline, settle, waitFor } from '../helpers.js';
import { drawnBy, drawnMarks, loadWithRenderer, rendererOf } from '../renderer-helpers.js';

/**
 * Each group of controls is one Tab stop with the arrow keys inside it (roving-focus.ts), so that a
 * keyboard reader reaches the events at the fifth Tab from the control before the element.
 * Real key presses throughout (sendKeys).
 */
const root = (element: ArchiveTimeline) => element.shadowRoot!;
/** The deepest focused element, through shadow roots. */
const active = (): Element | null => {
  let node: Element | null = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
};
/** What a reader hears the focused control called, enough to tell the stops apart. */
const focusedName = (): string => {
  const node = active();
  if (!node) return 'nothing';
  const id = node.getAttribute('data-event-id');
  if (id) return `event ${id}`;
  const named = node.getAttribute('data-view') ?? node.getAttribute('data-kind') ?? node.getAttribute('aria-label');
  return named ?? (node.localName === 'input' ? node.getAttribute('type')! : node.textContent!.trim());
};
const press = async (element: ArchiveTimeline, key: string) => {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ press: key });
  await settle(element);
};
const legend = (element: ArchiveTimeline) => [...root(element).querySelectorAll<HTMLButtonElement>('[part~="legend"] button')];
const zoomButtons = (element: ArchiveTimeline) => [...rendererOf(element)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button')];
const stopsOf = (buttons: HTMLButtonElement[]) => buttons.filter((button) => button.tabIndex === 0).length;

/** A button on the page just before the element, where a keyboard reader comes from. */
function buttonBefore(element: ArchiveTimeline): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Before';
  element.before(button);
  return button;
}

/** The names of the stops Tab reaches from `from`, until an event or `most` presses. */
async function tabUntilEvent(element: ArchiveTimeline, from: HTMLElement, most = 15): Promise<string[]> {
  from.focus();
  const stops: string[] = [];
  for (let i = 0; i < most && !stops.at(-1)?.startsWith('event'); i++) {
    await press(element, 'Tab');
    stops.push(focusedName());
  }
  return stops;
}

afterEach(() => {
  cleanup();
  document.querySelectorAll('body > button').forEach((button) => button.remove());
});

for (const renderer of ['svg', 'vis'] as RendererName[]) {
  describe(`Tab stops (renderer="${renderer}")`, () => {
    it('reaches the first event at the fifth Tab from the control before the element, one stop per group', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL });
      const before = buttonBefore(element);
      expect(await tabUntilEvent(element, before)).to.deep.equal(['timeline', 'search', 'meeting', 'Zoom in', 'event wh-307']);
      // And back with Shift + Tab, through the same stops.
      const back: string[] = [];
      for (let i = 0; i < 5; i++) {
        await press(element, 'Shift+Tab');
        back.push(focusedName());
      }
      expect(back).to.deep.equal(['Zoom in', 'meeting', 'search', 'timeline', 'Before']);
      expect(active()).to.equal(before);
    });

    it('moves in the zoom toolbar with the arrows and Home/End, wrapping round, and leaves it with Tab from where it is', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL });
      const [zoomIn, zoomOut, fit] = zoomButtons(element);
      zoomIn.focus();
      const names: string[] = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home', 'ArrowLeft']) {
        await press(element, key);
        names.push(focusedName());
      }
      expect(names).to.deep.equal(['Zoom out', fit.textContent!.trim(), 'Zoom in', fit.textContent!.trim(), fit.textContent!.trim(), 'Zoom in', fit.textContent!.trim()]);
      // The focused button holds the stop while focus is in the toolbar: Shift + Tab leaves it.
      expect(stopsOf(zoomButtons(element))).to.equal(1);
      expect(fit.tabIndex).to.equal(0);
      await press(element, 'Shift+Tab');
      expect(focusedName()).to.equal('meeting');
      // Back in, the toolbar is entered on its first button again.
      await press(element, 'Tab');
      expect(active()).to.equal(zoomIn);
      expect([zoomIn.tabIndex, zoomOut.tabIndex, fit.tabIndex]).to.deep.equal([0, -1, -1]);
    });

    it('gives the roving stop among the events to the first event in view when `start` leaves earlier ones off screen', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, start: '1945-07-04', end: '1945-07-12' });
      const before = buttonBefore(element);
      const stops = await tabUntilEvent(element, before);
      expect(stops.at(-1)).to.equal('event lost-transcript');
      expect(stops).to.have.length(5);
      const inView = drawnMarks(element).filter((mark) => mark.getAttribute('tabindex') === '0').map((mark) => mark.getAttribute('data-event-id'));
      expect(inView).to.deep.equal(['lost-transcript']);
    });

    it('gives the roving stop to the selected event when there is one', async () => {
      const element = await loadWithRenderer(renderer, { src: SMALL, selected: 'cable' });
      const stops = drawnMarks(element).filter((mark) => mark.getAttribute('tabindex') === '0').map((mark) => mark.getAttribute('data-event-id'));
      expect(stops).to.deep.equal(['cable']);
    });
  });
}

describe('the legend toolbar', () => {
  it('moves between the toggles with Left/Right and Home/End, wrapping round, and Space toggles', async () => {
    const element = await loadTimeline({ src: SMALL });
    const toggles = legend(element);
    expect(root(element).querySelector('[part~="legend"]')!.getAttribute('role')).to.equal('toolbar');
    expect(stopsOf(toggles)).to.equal(1);
    toggles[0].focus();
    const names: string[] = [];
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowRight', 'ArrowLeft', 'Home', 'ArrowLeft']) {
      await press(element, key);
      names.push(focusedName());
    }
    const kinds = toggles.map((toggle) => toggle.dataset.kind!);
    expect(names).to.deep.equal([kinds[1], kinds[2], kinds.at(-1), kinds[0], kinds.at(-1), kinds[0], kinds.at(-1)]);
    await press(element, ' ');
    expect(toggles.at(-1)!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('leaves the toolbar with Tab and Shift + Tab from the focused toggle, and is entered on the first toggle', async () => {
    const element = await loadTimeline({ src: SMALL });
    const toggles = legend(element);
    toggles[0].focus();
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    await press(element, 'Shift+Tab');
    expect(focusedName()).to.equal('search');
    await press(element, 'Tab');
    expect(active()).to.equal(toggles[0]);
    await press(element, 'ArrowRight');
    await press(element, 'Tab');
    expect(focusedName()).to.equal('Zoom in');
  });

  it('keeps focus and the stop on a toggle pressed, through the renders that follow and new data', async () => {
    const element = await loadTimeline({ src: SMALL });
    legend(element)[0].focus();
    await press(element, 'ArrowRight');
    const toggle = legend(element)[1];
    expect(active()).to.equal(toggle);
    await press(element, 'Enter');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    // The same data again, as a page that refreshes it would give it.
    element.events = await (await fetch(SMALL)).json();
    await settle(element);
    expect(legend(element)[1]).to.equal(toggle);
    expect(active()).to.equal(toggle);
    expect(stopsOf(legend(element))).to.equal(1);
    expect(toggle.tabIndex).to.equal(0);
    await press(element, 'Tab');
    expect(focusedName()).to.equal('Zoom in');
  });

  it('keeps one stop when new data has fewer kinds, even after the toggle that held it went away', async () => {
    const element = await loadTimeline({ src: SMALL });
    legend(element)[0].focus();
    await press(element, 'End');
    await press(element, 'Tab');
    element.events = [{ id: 'one', title: 'One', date: '1945-07-01', kind: 'cable' }];
    await waitFor(element, () => legend(element).length === 1);
    const before = buttonBefore(element);
    expect(await tabUntilEvent(element, before)).to.deep.equal(['timeline', 'search', 'cable', 'Zoom in', 'event one']);
  });

  it('follows the direction of the texts: in a right-to-left language Left moves on', async () => {
    ArchiveTimeline.defineMessages('he', { viewTimeline: 'ציר זמן', viewList: 'רשימה' });
    const element = await loadTimeline({ src: SMALL, locale: 'he' });
    const toggles = legend(element);
    toggles[0].focus();
    await press(element, 'ArrowLeft');
    expect(active()).to.equal(toggles[1]);
    await press(element, 'ArrowRight');
    expect(active()).to.equal(toggles[0]);
  });
});

describe('the Timeline | List switch, a radio group', () => {
  it('checks the view the arrows move to, wrapping round, and holds its stop on the checked view', async () => {
    const element = await loadTimeline({ src: SMALL });
    const group = root(element).querySelector('.switch')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    const radio = (view: string) => root(element).querySelector<HTMLButtonElement>(`[data-view="${view}"]`)!;
    expect([radio('timeline').getAttribute('aria-checked'), radio('timeline').tabIndex, radio('list').tabIndex]).to.deep.equal(['true', 0, -1]);
    radio('timeline').focus();
    await press(element, 'ArrowRight');
    expect([element.view, focusedName(), radio('list').getAttribute('aria-checked'), radio('list').tabIndex]).to.deep.equal(['list', 'list', 'true', 0]);
    await waitFor(element, () => root(element).querySelector('archive-event-list'));
    await press(element, 'ArrowRight');
    expect([element.view, focusedName()]).to.deep.equal(['timeline', 'timeline']);
    await press(element, 'ArrowUp');
    expect(element.view).to.equal('list');
    await press(element, 'ArrowDown');
    expect(element.view).to.equal('timeline');
    await press(element, 'End');
    expect(element.view).to.equal('list');
    await press(element, 'Home');
    expect(element.view).to.equal('timeline');
  });

  it('is entered on the checked view: with the list shown, Tab reaches List, then the list\'s first entry', async () => {
    const element = await loadTimeline({ src: SMALL, view: 'list' });
    await waitFor(element, () => root(element).querySelector('archive-event-list')?.shadowRoot?.querySelector('[part~="list-item"]'));
    const before = buttonBefore(element);
    before.focus();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await press(element, 'Tab');
      names.push(focusedName());
    }
    expect(names).to.deep.equal(['list', 'search', 'meeting', 'event wh-307']);
  });
});

describe('the keyboard groups and axe-core', () => {
  it('has no violations with focus inside each group, in the list view and with renderer="vis"', async () => {
    const element = await loadTimeline({ src: SMALL });
    legend(element)[0].focus();
    await press(element, 'ArrowRight');
    await expect(element).to.be.accessible();
    zoomButtons(element)[0].focus();
    await press(element, 'End');
    await expect(element).to.be.accessible();
    root(element).querySelector<HTMLButtonElement>('[data-view="timeline"]')!.focus();
    await press(element, 'ArrowRight');
    await waitFor(element, () => root(element).querySelector('archive-event-list'));
    await expect(element).to.be.accessible();
    await press(element, 'ArrowRight');
    element.setAttribute('renderer', 'vis');
    await drawnBy(element, 'vis');
    zoomButtons(element)[0].focus();
    await press(element, 'ArrowRight');
    await expect(element).to.be.accessible();
  });
});
