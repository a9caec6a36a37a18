import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ArchiveTimeline } from '../../src/index.js';
import { frame as openFrame } from '../components/frame-helpers.js';
import { until as untilShown } from '../fixtures/until.js';

/** Opens a page in an iframe of this origin, `width` pixels wide (the editor's wide layout by default), and waits for it to load. */
export const frame = (src: string, width = 1280, height = 900) => openFrame(src, width, height);

/**
 * A fresh page holding `markup` in its body, written into an empty frame whose base is the folder of
 * `build`: the snippets name the build as a museum copies it, next to the page.
 */
export async function freshPage(markup: string, build: string, width = 1000): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = '800px';
  document.body.append(iframe);
  const doc = iframe.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="${new URL('.', build).href}"></head><body>${markup}</body></html>`);
  doc.close();
  return iframe;
}

/** Waits for a condition: what a page does after a file is read or a chunk arrives (a little longer than elsewhere). */
export const until = <T>(check: () => T | null | undefined | false, what: string, tries = 200) => untilShown(check, what, tries);

/** The editor's page in a frame, its texts filled in. */
export async function openEditor(query = 'lang=en', width = 1280): Promise<Editor> {
  const iframe = await frame(`/demo/editor.html?${query}`, width);
  const doc = iframe.contentDocument!;
  await until(() => (doc.getElementById('format') as HTMLSelectElement).options.length > 0, 'the editor to start');
  return new Editor(iframe);
}

export class Editor {
  constructor(readonly iframe: HTMLIFrameElement) {}

  get doc(): Document {
    return this.iframe.contentDocument!;
  }

  get preview(): ArchiveTimeline {
    return this.doc.getElementById('preview') as ArchiveTimeline;
  }

  $<T extends HTMLElement = HTMLElement>(id: string): T {
    return this.doc.getElementById(id) as T;
  }

  text(id: string): string {
    return this.$(id).textContent ?? '';
  }

  /** Resolves when the page has shown what it read (or why it could not). */
  read(): Promise<unknown> {
    return new Promise((resolve) => this.doc.addEventListener('editor-read', resolve, { once: true }));
  }

  /** Chooses a real file in the page's file input, through the browser, and waits until it is shown. */
  async choose(path: string): Promise<void> {
    const shown = this.read();
    for (const other of document.querySelectorAll('iframe[data-upload]')) other.removeAttribute('data-upload');
    this.iframe.dataset.upload = '';
    expect(await executeServerCommand('upload-file', { selector: '#file', files: [path], frame: 'iframe[data-upload]' })).to.equal(true);
    await shown;
  }

  /** Sets a control as a reader does (the value, then its input event). */
  set(id: string, value: string | boolean): void {
    const control = this.$<HTMLInputElement>(id);
    if (typeof value === 'boolean') control.checked = value;
    else control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** The address of the build the page loaded (demo/editor-library.js names it), which the snippets name by its file name. */
  get build(): string {
    const entries = this.iframe.contentWindow!.performance.getEntriesByType('resource');
    return entries.find((entry) => entry.name.endsWith('/archive-timeline.js'))!.name;
  }

  code(snippet: 'element' | 'iframe' | 'list' | 'file'): string {
    return this.$(`out-${snippet}`).querySelector('code')!.textContent ?? '';
  }

  /** The problems as listed: where, then what. */
  problems(): HTMLLIElement[] {
    return [...this.$('problems').querySelectorAll('li')];
  }
}

/** The ids of the events an element shows, read from its list view (every event, never clustered). */
export async function listedIds(element: ArchiveTimeline): Promise<string[]> {
  element.view = 'list';
  return until(() => {
    const items = element.shadowRoot?.querySelector('archive-event-list')?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="list-item"]');
    return items?.length ? [...items].map((item) => item.dataset.eventId!) : undefined;
  }, 'the list view');
}

/** Resolves with an element's count once it has loaded its data. */
export const loaded = (element: Element): Promise<number> =>
  new Promise((resolve) => element.addEventListener('timeline-load', (event) => resolve((event as CustomEvent<{ count: number }>).detail.count), { once: true }));
