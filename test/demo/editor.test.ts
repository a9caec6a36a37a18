import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DATA_FORMATS, checkData, readData, type ArchiveTimeline } from '../../src/index.js';
import { Editor, freshPage, listedIds, loaded, openEditor, until } from './editor-helpers.js';

/** A file of each format the element reads, as a museum has it. */
const FILES: Record<string, string> = {
  'archive-timeline': 'test/fixtures/small.json',
  timelinejs: 'test/fixtures/formats/timelinejs-1945.json',
  timelinejs2: 'test/fixtures/formats/timelinejs2-1945.json',
  vis: 'test/fixtures/formats/vis-items-1945.json',
  // Told by their names' endings, as a file chosen from a computer is.
  csv: 'test/fixtures/formats/template.csv',
  tsv: 'test/fixtures/formats/ours.tsv',
};
const BROKEN = 'test/fixtures/editor/broken.json';
const PROBLEMS = 'test/fixtures/editor/problems.json';

/** What the library makes of a file: the events the page must show. */
async function expected(path: string) {
  const read = await readData(await (await fetch(`/${path}`)).text(), { address: path });
  return { ...checkData(read), format: read.format };
}

// Failures name nodes by id or count: chai, describing a node of another frame, does not finish.
afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

describe('the editor page: data in', () => {
  for (const format of DATA_FORMATS) {
    it(`reads a ${format} file chosen in its file input, and the preview draws its events`, async () => {
      expect(FILES[format], `a test file for ${format}`).to.be.a('string');
      const editor = await openEditor();
      const drawn = loaded(editor.preview);
      await editor.choose(FILES[format]);
      const { dataset, leftOut } = await expected(FILES[format]);
      expect(await drawn).to.equal(dataset.events.length);
      expect(editor.text('status')).to.contain(FILES[format].split('/').pop()).and.contain(editor.$<HTMLSelectElement>('format').querySelector(`option[value="${format}"]`)!.textContent);
      expect(editor.text('counts')).to.equal(`Events shown: ${dataset.events.length}; left out: ${leftOut}.`);
      expect(await listedIds(editor.preview)).to.deep.equal(dataset.events.map((event) => event.id));
      // The file's text is there to correct.
      // (A text area's value ends its lines with LF, as the HTML standard says, whatever the file's were.)
      expect(editor.$<HTMLTextAreaElement>('text').value).to.equal((await (await fetch(`/${FILES[format]}`)).text()).replace(/\r\n?/g, '\n'));
    });
  }

  it('reads a file dropped on its box', async () => {
    const editor = await openEditor();
    const win = editor.iframe.contentWindow as Window & typeof globalThis;
    const files = new win.DataTransfer();
    files.items.add(new win.File([await (await fetch(`/${FILES.vis}`)).text()], 'dropped.json', { type: 'application/json' }));
    const drop = editor.$('drop');
    drop.dispatchEvent(new win.DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
    expect(drop.classList.contains('over')).to.equal(true);
    const shown = editor.read();
    drop.dispatchEvent(new win.DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await shown;
    expect(drop.classList.contains('over')).to.equal(false);
    expect(editor.text('status')).to.equal('Read dropped.json as vis-timeline items (JSON).');
    expect(editor.text('counts')).to.contain(`Events shown: ${(await expected(FILES.vis)).dataset.events.length}`);
  });

  it('offers every format the element reads, in the format choice and the file chooser', async () => {
    const editor = await openEditor();
    const offered = [...editor.$<HTMLSelectElement>('format').options].map((option) => option.value);
    expect(offered).to.deep.equal(['auto', ...DATA_FORMATS]);
    expect(editor.$<HTMLInputElement>('file').accept.split(',')).to.include('.json');
    for (const format of DATA_FORMATS) expect(editor.text('formats-read')).to.contain(editor.$('format').querySelector(`option[value="${format}"]`)!.textContent);
  });

  it('reads pasted text, as the format chosen', async () => {
    const editor = await openEditor();
    const text = await (await fetch('/test/fixtures/formats/vis-items-1945.json')).text();
    editor.$<HTMLTextAreaElement>('text').value = text;
    editor.$<HTMLSelectElement>('format').value = 'vis';
    const shown = editor.read();
    editor.$('read').click();
    await shown;
    const { dataset } = await expected('test/fixtures/formats/vis-items-1945.json');
    expect(editor.text('status')).to.equal('Read the pasted text as vis-timeline items (JSON).');
    expect(editor.text('counts')).to.contain(`Events shown: ${dataset.events.length}`);
  });

  it('loads a file from an address, and says why one cannot be loaded', async () => {
    const editor = await openEditor();
    const address = new URL('/test/fixtures/formats/timelinejs-1945.json', location.href).href;
    editor.set('address', address);
    let shown = editor.read();
    editor.$('load').click();
    await shown;
    expect(editor.text('status')).to.contain('as TimelineJS 3 JSON');
    expect(editor.$<HTMLInputElement>('data-address').value).to.equal(address);
    expect(editor.code('element')).to.contain(`src="${address}"`);
    const unpublished = '/spreadsheets/d/1AbC/edit#gid=0';
    for (const [path, reason] of [
      ['/test/fixtures/editor/none.json', 'there is no file at this address'],
      ['/demo/index.html', 'a web page, not to a data file'],
      [unpublished, 'File > Share > Publish to web > Comma-separated values (.csv) > Publish'],
    ]) {
      editor.set('address', new URL(path, location.href).href);
      shown = editor.read();
      editor.$('load').click();
      await shown;
      expect(editor.$('alert').getAttribute('role')).to.equal('alert');
      expect(editor.text('alert')).to.contain(reason);
    }
  });

  it('sends nothing anywhere when it reads a file: every request is for the page itself and the element', async () => {
    const editor = await openEditor();
    await editor.choose(FILES.timelinejs);
    const requested = editor.iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
    expect(requested.length).to.be.greaterThan(0);
    for (const url of requested) {
      expect(url.origin).to.equal(location.origin);
      // The page, the element and its chunks; and the test server's own socket, which it adds to every page.
      expect(url.pathname).to.match(/^\/(dist|demo)\/|^\/__web-dev-server/);
    }
  });
});

describe('the editor page: problems', () => {
  it('shows the line and column of a broken JSON file, and the place in the text', async () => {
    const editor = await openEditor();
    await editor.choose(BROKEN);
    const [problem] = editor.problems();
    expect(editor.problems()).to.have.length(1);
    expect(problem.querySelector('.where')!.textContent).to.equal('Line 5, column 5');
    expect(problem.textContent).to.contain('The data is not valid JSON (line 5, column 5)');
    expect(editor.text('counts')).to.equal('Events shown: 0; left out: 0.');
    problem.querySelector('button')!.click();
    const text = editor.$<HTMLTextAreaElement>('text');
    expect(editor.doc.activeElement?.id).to.equal('text');
    const lines = text.value.split('\n');
    expect(text.selectionStart).to.equal(lines.slice(0, 4).join('\n').length + 1 + 4);
  });

  it('lists a bad event with its id and field; choosing it selects the event in the preview', async () => {
    const editor = await openEditor();
    await editor.choose(PROBLEMS);
    expect(editor.text('counts')).to.equal('Events shown: 2; left out: 1.');
    expect(editor.text('problems-summary')).to.contain('Problems found: 2.');
    const talks = editor.problems().find((item) => item.querySelector('.where')?.textContent === 'Event "talks" · field: end')!;
    expect(talks, 'the problem of "talks"').to.not.equal(undefined);
    expect(talks.textContent).to.contain('is before the date');
    // An event left out cannot be shown: its problem names it, without a button.
    const impossible = editor.problems().find((item) => item.textContent!.includes('impossible'))!;
    expect(impossible.querySelectorAll('button')).to.have.length(0);
    const button = talks.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Show this event: Event "talks" · field: end');
    button.click();
    await until(() => editor.preview.shadowRoot!.querySelector('archive-source-panel'), 'the panel of "talks"');
    expect(editor.preview.selected).to.equal('talks');
  });
});

describe('the editor page: spreadsheets', () => {
  it("names a bad row of a CSV file as the spreadsheet shows it, with its column, and keeps the rows that are good", async () => {
    const editor = await openEditor();
    await editor.choose(FILES.csv);
    const { dataset, problems } = await expected(FILES.csv);
    expect(dataset.events.length, 'the good rows').to.be.greaterThan(1);
    const year = editor.problems().find((item) => item.textContent!.includes('19o5'))!;
    expect(year, 'the problem of the misspelt year').to.not.equal(undefined);
    // The header is row 1, and a cell with a line break in it is still one row: the misspelt year is row 7.
    const misspelt = problems.find((problem) => problem.message.includes('19o5'))!;
    expect(misspelt.row).to.equal(7);
    expect(year.querySelector('.where')!.textContent).to.equal('Row 7 of the spreadsheet · field: Year');
    expect(year.textContent).to.contain('row 7, column Year');
    expect(editor.text('counts')).to.contain(`Events shown: ${dataset.events.length};`);
  });

  it("asks Google for a sheet's data as CSV when given the sheet's address as people copy it", async () => {
    const editor = await openEditor();
    const win = editor.iframe.contentWindow as Window & typeof globalThis;
    const asked: string[] = [];
    const sheet = await (await fetch('/test/fixtures/formats/template.csv')).text();
    // The network's edge: Google's answer for a published sheet, without leaving this machine.
    win.fetch = async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response(sheet, { headers: { 'content-type': 'text/csv' } });
    };
    const address = 'https://docs.google.com/spreadsheets/d/1AbCdEf/edit#gid=42';
    editor.set('address', address);
    const shown = editor.read();
    editor.$('load').click();
    await shown;
    expect(asked).to.deep.equal(['https://docs.google.com/spreadsheets/d/1AbCdEf/pub?output=csv&gid=42&single=true']);
    expect(editor.text('status')).to.contain('CSV spreadsheet');
    expect(editor.text('alert')).to.equal('');
    const { dataset } = await expected(FILES.csv);
    expect(await listedIds(editor.preview)).to.deep.equal(dataset.events.map((event) => event.id));
  });
});

describe('the editor page: options', () => {
  it('gives each option to the preview and to the snippets', async () => {
    const editor = await openEditor();
    await editor.choose(FILES['archive-timeline']);
    const choices: [string, string | boolean][] = [
      ['lanes', 'party'], ['start', '1945-06-29'], ['end', '1945-07-05'], ['theme', 'dark'],
      ['locale', 'ru-RU'], ['renderer', 'vis'], ['deep-link', true], ['view', 'list'],
    ];
    for (const [id, value] of choices) editor.set(id, value);
    const preview = editor.preview;
    for (const [id, value] of choices) {
      if (typeof value === 'boolean') expect(preview.hasAttribute(id)).to.equal(true);
      else expect(preview.getAttribute(id), id).to.equal(value);
      expect(editor.code('element'), id).to.contain(typeof value === 'boolean' ? ` ${id}=""` : ` ${id}="${value}"`);
      expect(editor.code('list'), id).to.contain(typeof value === 'boolean' ? ` ${id}=""` : ` ${id}="${value}"`);
    }
    expect(editor.code('iframe')).to.contain('lanes=party&amp;start=1945-06-29&amp;end=1945-07-05&amp;view=list&amp;theme=dark&amp;locale=ru-RU&amp;renderer=vis&amp;deep-link=');
    await until(() => preview.shadowRoot!.querySelector('archive-event-list'), 'the list view');
    // The element's own texts follow the locale once its Russian table has arrived.
    await until(() => preview.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'ru-RU', 'the preview in Russian');
  });

  it('gives the iframe a height, and the preview the same height, scrolling', async () => {
    const editor = await openEditor();
    await editor.choose(FILES.timelinejs);
    expect(editor.code('iframe')).to.contain('height="600"').and.contain("addEventListener('message'");
    editor.set('height', '420');
    expect(editor.$('preview-box').getBoundingClientRect().height).to.equal(420);
    expect(editor.code('iframe')).to.contain('height="420"').and.not.contain('<script>');
  });
});

describe('the editor page: snippets out', () => {
  /** The editor with a file read and the data's address set to where the test server has it. */
  async function withData(path: string): Promise<{ editor: Editor; ids: string[] }> {
    const editor = await openEditor();
    await editor.choose(path);
    editor.set('data-address', new URL(`/${path}`, location.href).href);
    return { editor, ids: (await expected(path)).dataset.events.map((event) => event.id) };
  }

  it('1. the script and the element: pasted into a fresh page, it draws the same events', async () => {
    const { editor, ids } = await withData(FILES.timelinejs);
    expect(editor.code('element')).to.match(/^<script type="module" src="archive-timeline\.js"><\/script>\n<archive-timeline src="[^"]+"><\/archive-timeline>$/);
    const page = await freshPage(editor.code('element'), editor.build);
    const element = page.contentDocument!.querySelector('archive-timeline') as ArchiveTimeline;
    await until(() => element.shadowRoot?.querySelector('archive-timeline-view'), 'the timeline in the fresh page');
    expect(await listedIds(element)).to.deep.equal(ids);
  });

  it('2. the iframe: pasted into a fresh page, it draws the same events and grows to fit them', async () => {
    const { editor, ids } = await withData(FILES.vis);
    const page = await freshPage(editor.code('iframe'), editor.build);
    const inner = page.contentDocument!.querySelector('iframe')!;
    expect(inner.getAttribute('title')).to.equal((await expected(FILES.vis)).dataset.title);
    const element = await until(() => inner.contentDocument?.querySelector('archive-timeline')?.shadowRoot?.querySelector('archive-timeline-view') && inner.contentDocument.querySelector('archive-timeline') as ArchiveTimeline, 'the embed');
    expect(await listedIds(element)).to.deep.equal(ids);
    await until(() => inner.style.height !== '', 'the frame to be sized by its script');
  });

  it('3. the events written in the page: with the script, the same timeline; without, every event as text', async () => {
    const { editor, ids } = await withData(FILES['archive-timeline']);
    const code = editor.code('list');
    expect(code).to.contain('<ol>').and.contain('<time datetime="1945-06-29">June 29, 1945</time>');
    const page = await freshPage(code, editor.build);
    const element = page.contentDocument!.querySelector('archive-timeline') as ArchiveTimeline;
    await until(() => element.shadowRoot?.querySelector('archive-timeline-view'), 'the upgraded list');
    expect(await listedIds(element)).to.deep.equal(ids);

    const withoutScript = await freshPage(code.replace(/<script[^>]*><\/script>\n/, ''), editor.build);
    const body = withoutScript.contentDocument!.body;
    expect(body.querySelectorAll('script')).to.have.length(0);
    const { dataset } = await expected(FILES['archive-timeline']);
    expect(body.querySelectorAll('li')).to.have.length(dataset.events.length);
    for (const event of dataset.events) {
      expect(body.textContent).to.contain(event.title);
      if (event.summary) expect(body.textContent).to.contain(event.summary);
      if (event.source?.url) expect(body.querySelector(`li#${event.id} a`)!.getAttribute('href')).to.equal(event.source.url);
    }
  });

  it('3. writes markup and addresses from the data as text, never as markup', async () => {
    const editor = await openEditor();
    const hostile = { title: 'A <b>bold</b> title', events: [{ id: 'x', title: '<img src=x onerror="window.ran=1">', date: '1945-07-01', kind: 'cable', summary: '</ol><script>window.ran=1</script>', source: { title: 'S "q"', url: 'https://example.org/?a=1&b="2"' } }] };
    editor.$<HTMLTextAreaElement>('text').value = JSON.stringify(hostile);
    const shown = editor.read();
    editor.$('read').click();
    await shown;
    const page = await freshPage(editor.code('list').replace(/<script[^>]*><\/script>\n/, ''), editor.build);
    const doc = page.contentDocument!;
    expect(doc.querySelectorAll('img, b, script')).to.have.length(0);
    expect(doc.querySelector('li strong')!.textContent).to.equal(hostile.events[0].title);
    expect(doc.querySelector('li p')!.textContent).to.equal(hostile.events[0].summary);
    expect(doc.querySelector('li a')!.getAttribute('href')).to.equal(hostile.events[0].source.url);
  });

  it('4. the data in our format: named from the title, it holds the events the preview shows', async () => {
    const { editor, ids } = await withData(FILES.timelinejs);
    const { dataset } = await expected(FILES.timelinejs);
    expect(editor.text('download')).to.equal('Download soong-in-moscow-1945.json');
    const saved = new Promise<{ name: string; text: string }>((resolve) =>
      editor.doc.addEventListener('click', (event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.download === undefined || !link.href) return;
        event.preventDefault();
        void fetch(link.href).then(async (response) => resolve({ name: link.download, text: await response.text() }));
      }, { capture: true }),
    );
    editor.$('download').click();
    const file = await saved;
    expect(file.name).to.equal('soong-in-moscow-1945.json');
    expect(file.text).to.equal(editor.code('file'));
    const again = checkData({ input: JSON.parse(file.text), problems: [] });
    expect(again.problems).to.deep.equal([]);
    expect(again.dataset.title).to.equal(dataset.title);
    expect(again.dataset.events.map((event) => event.id)).to.deep.equal(ids);
  });

  it('copies each snippet with its Copy button: pasted, it is the snippet', async () => {
    const { editor } = await withData(FILES['archive-timeline']);
    const paste = document.createElement('textarea');
    document.body.append(paste);
    try {
      for (const snippet of ['element', 'iframe', 'list', 'file'] as const) {
        const button = editor.$(`out-${snippet}`).querySelector<HTMLButtonElement>('.copy')!;
        button.scrollIntoView({ block: 'center' });
        const [frameBox, box] = [editor.iframe.getBoundingClientRect(), button.getBoundingClientRect()];
        await sendMouse({ type: 'click', position: [Math.round(frameBox.x + box.x + box.width / 2), Math.round(frameBox.y + box.y + box.height / 2)] });
        const status = editor.$(`out-${snippet}`).querySelector('.copy-status')!;
        await until(() => status.textContent, `the copy of ${snippet}`);
        expect(status.textContent).to.equal('Copied.');
        paste.value = '';
        paste.focus();
        await sendKeys({ down: 'Control' });
        await sendKeys({ press: 'v' });
        await sendKeys({ up: 'Control' });
        expect(paste.value, snippet).to.equal(editor.code(snippet));
      }
    } finally {
      paste.remove();
    }
  });
});

describe('the editor page: for everyone', () => {
  /** Runs axe-core in the editor's own page (the element's shadow roots included). */
  async function axeViolations(editor: Editor): Promise<string[]> {
    const win = editor.iframe.contentWindow as Window & { axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    if (!win.axe) {
      const script = editor.doc.createElement('script');
      const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      script.src = '/node_modules/axe-core/axe.min.js';
      editor.doc.head.append(script);
      await ready;
    }
    const { violations } = await win.axe!.run(editor.doc);
    return violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  }

  it('is axe-core clean, empty and with data and problems', async () => {
    const editor = await openEditor();
    expect(await axeViolations(editor)).to.deep.equal([]);
    await editor.choose(PROBLEMS);
    expect(await axeViolations(editor)).to.deep.equal([]);
  });

  it('is axe-core clean in Chinese and Russian, with a broken file', async () => {
    for (const lang of ['zh', 'ru']) {
      const editor = await openEditor(`lang=${lang}`);
      await editor.choose(BROKEN);
      expect(await axeViolations(editor), lang).to.deep.equal([]);
      editor.iframe.remove();
    }
  });

  it('works with the keyboard alone: every control is a Tab stop, and Enter on a problem selects its event', async () => {
    const editor = await openEditor();
    await editor.choose(PROBLEMS);
    editor.$('page-language').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 80 && !reached.has('download'); i++) {
      await sendKeys({ press: 'Tab' });
      const active = editor.doc.activeElement as HTMLElement;
      reached.add(active.id || active.className || active.tagName);
    }
    for (const id of ['file', 'address', 'load', 'text', 'format', 'read', 'lanes', 'view', 'start', 'end', 'theme', 'locale', 'renderer', 'height', 'deep-link', 'data-address', 'copy', 'download']) {
      expect([...reached], id).to.include(id);
    }
    const button = editor.problems().find((item) => item.textContent!.includes('talks'))!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => editor.preview.selected === 'talks', 'the selection by keyboard');
  });

  it('fits a 375 px phone: nothing wider than the screen', async () => {
    const editor = await openEditor('lang=en', 375);
    await editor.choose(FILES.timelinejs);
    expect(editor.doc.documentElement.scrollWidth).to.be.at.most(375);
    for (const id of ['file', 'address', 'text', 'lanes', 'data-address', 'download']) {
      const box = (id === 'file' ? editor.doc.querySelector('label[for="file"]')! : editor.$(id)).getBoundingClientRect();
      expect(box.right, id).to.be.at.most(375);
    }
  });

  it('speaks Chinese and Russian: its own texts, the problems, and the preview\'s locale', async () => {
    const cases = [
      { lang: 'zh', heading: '用您的文件或电子表格制作时间线', where: '第 5 行，第 5 列', problem: '第 5 行第 5 列', locale: 'zh-CN' },
      { lang: 'ru', heading: 'Шкала времени из вашего файла или таблицы', where: 'Строка 5, столбец 5', problem: 'строке 5, столбце 5', locale: 'ru-RU' },
    ];
    for (const { lang, heading, where, problem, locale } of cases) {
      const editor = await openEditor(`lang=${lang}`);
      expect(editor.doc.documentElement.lang).to.equal(lang);
      expect(editor.doc.querySelector('h1')!.textContent).to.equal(heading);
      expect(editor.preview.getAttribute('locale')).to.equal(locale);
      await editor.choose(BROKEN);
      expect(editor.problems()[0].querySelector('.where')!.textContent).to.equal(where);
      expect(editor.problems()[0].textContent).to.contain(problem);
      editor.iframe.remove();
    }
  });

  it('changes language with its menu, the problems and the preview too', async () => {
    const editor = await openEditor();
    await editor.choose(BROKEN);
    editor.set('page-language', 'ru');
    editor.$('page-language').dispatchEvent(new Event('change'));
    expect(editor.doc.querySelector('h1')!.textContent).to.equal('Шкала времени из вашего файла или таблицы');
    await until(() => editor.problems()[0].textContent!.includes('строке 5, столбце 5'), 'the problem in Russian');
    expect(editor.preview.getAttribute('locale')).to.equal('ru-RU');
    expect(editor.text('status')).to.contain('прочитано как');
  });

  it('is served under a strict Content-Security-Policy in these tests, and works under it', async () => {
    const response = await fetch('/demo/editor.html');
    expect(response.headers.get('content-security-policy')).to.contain("style-src 'self'");
    const editor = await openEditor();
    await editor.choose(FILES['archive-timeline']);
    expect(editor.doc.querySelectorAll('[style]').length).to.equal(0);
  });
});
