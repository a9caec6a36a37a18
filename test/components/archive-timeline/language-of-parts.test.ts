import { expect, oneEvent } from '@open-wc/testing';
import { ArchiveTimeline } from '../../../src/index.js';
import type { DatasetInput } from '../../../src/model/types.js';
import type { Messages } from '../../../src/i18n/messages.js';
import { languageAround, resolveLocale } from '../../../src/i18n/locale.js';
import { SMALL, cleanup, label, loadTimeline, panelPart, settle, view, waitFor } from '../helpers.js';
import { drawnMark, loadWithRenderer, rendererOf } from '../renderer-helpers.js';

/**
 * The element's own texts (buttons, headings, dates' words) are in its locale's language, the data's
 * (titles, summaries, transcripts) in the data's: each part carries its `lang`, so a screen reader
 * reads each with the right voice and the browser picks the right glyphs (WCAG 3.1.2, Language of Parts).
 * Checked with the browser's own `:lang()`, which follows `lang` through shadow roots to the page.
 */
const speaks = (node: Element, language: string) => node.matches(`:lang(${language})`);

const root = (element: ArchiveTimeline) => element.shadowRoot!;
const viewRoot = (element: ArchiveTimeline) => view(element)!.shadowRoot!;
const laneLabels = (element: ArchiveTimeline) => [...viewRoot(element).querySelectorAll('.lane-label')];

const pageLang = document.documentElement.getAttribute('lang');
beforeEach(() => document.documentElement.setAttribute('lang', 'en'));
afterEach(() => {
  cleanup();
  if (pageLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', pageLang);
});

/** A dataset in Russian: titles, a summary, a party and an inline transcript. */
const RUSSIAN: DatasetInput = {
  title: 'Переговоры Сун Цзывэня в Москве',
  lang: 'ru',
  events: [
    {
      id: 'meeting', title: 'Первая встреча Сун Цзывэня со Сталиным', date: '1945-06-30', kind: 'meeting',
      summary: 'Сун Цзывэнь впервые встречается со Сталиным.', parties: ['Китай'],
      source: { title: 'Запись беседы', transcript: { text: 'Запись беседы в Кремле.' } },
    },
    { id: 'cable', title: 'Телеграмма Гарримана', date: '1945-07-01', kind: 'cable' },
  ],
};

describe('the language around an element', () => {
  it('is the nearest lang, through the hosts of shadow roots, and the locale falls back to it', () => {
    const outer = document.createElement('div');
    outer.lang = 'ru';
    const host = outer.appendChild(document.createElement('div'));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
    document.body.append(outer);
    try {
      expect(languageAround(inner)).to.equal('ru');
      expect(resolveLocale(undefined, inner)).to.equal('ru');
      // A locale that is not a language tag is no locale: the page's language applies.
      expect(resolveLocale('Russian language', inner)).to.equal('ru');
      // Well-formed, but no language is named with more than three letters.
      expect(resolveLocale('English', inner)).to.equal('ru');
      expect(resolveLocale('EN-gb', inner)).to.equal('en-GB');
      host.lang = '';
      expect(languageAround(inner)).to.equal('');
      expect(resolveLocale(undefined, inner)).to.equal('en-US');
    } finally {
      outer.remove();
    }
  });
});

describe('the language of each part', () => {
  it("marks the element's texts with its locale, and the data's with the page's language when the data names none", async () => {
    const element = await loadTimeline({ src: SMALL, locale: 'ru', selected: 'inline' });
    const buttons = [...root(element).querySelectorAll('.controls button')];
    expect(buttons.length).to.be.above(2);
    for (const button of buttons) expect(speaks(button, 'ru'), button.textContent!).to.equal(true);
    expect(speaks(root(element).querySelector('header h2')!, 'en')).to.equal(true);
    expect(speaks(label(element, 'cable'), 'en')).to.equal(true);
    expect(speaks(label(element, 'cable'), 'ru')).to.equal(false);
    // The lanes are kinds, named by the element.
    for (const lane of laneLabels(element)) expect(speaks(lane, 'ru'), lane.textContent!).to.equal(true);

    // The panel: its title, summary and transcript are the data's; its headings, dates and buttons the element's.
    const panel = panelPart(element, 'panel')!;
    expect(speaks(panel.querySelector('h3')!, 'en')).to.equal(true);
    expect(speaks(panelPart(element, 'transcript')!, 'en')).to.equal(true);
    expect(speaks(panel.querySelector('dd')!, 'ru')).to.equal(true);
    expect(speaks(panel.querySelector('button.close')!, 'ru')).to.equal(true);
    element.selected = 'cable';
    await settle(element);
    expect(speaks(panelPart(element, 'panel')!.querySelector('.summary')!, 'en')).to.equal(true);
    expect(speaks(panelPart(element, 'panel')!.querySelector('.citation')!, 'en')).to.equal(true);
    expect(speaks(panelPart(element, 'panel')!.querySelector('.links a')!, 'en')).to.equal(true);

    // The list: titles and summaries the data's, dates and kinds the element's.
    element.view = 'list';
    const list = await waitFor(element, () => root(element).querySelector('archive-event-list')?.shadowRoot?.querySelector('li'));
    expect(speaks(list.querySelector('.title')!, 'en')).to.equal(true);
    expect(speaks(list.querySelector('.date')!, 'ru')).to.equal(true);
  });

  it("marks the data with the dataset's lang, whatever the page's and the element's", async () => {
    const element = await loadTimeline({ locale: 'en-US', lanes: 'party', selected: 'meeting' }, (el) => (el.events = RUSSIAN));
    expect(speaks(root(element).querySelector('header')!, 'ru')).to.equal(true);
    expect(speaks(label(element, 'meeting'), 'ru')).to.equal(true);
    // The zoom gesture's canvas draws the same labels: the browser picks their glyphs by its language.
    expect(speaks(viewRoot(element).querySelector('canvas.gesture')!, 'ru')).to.equal(true);
    expect(speaks(root(element).querySelector('.controls button')!, 'en')).to.equal(true);
    const panel = panelPart(element, 'panel')!;
    for (const part of [panel.querySelector('h3')!, panel.querySelector('.summary')!, panelPart(element, 'transcript')!]) {
      expect(speaks(part, 'ru'), part.textContent!).to.equal(true);
    }
    expect(speaks(panel.querySelector('h4')!, 'en')).to.equal(true);
    // A party is the data's word; "Unspecified" is the element's.
    const [china, unspecified] = laneLabels(element);
    expect([china.textContent, speaks(china, 'ru')]).to.deep.equal(['Китай', true]);
    expect([unspecified.textContent, speaks(unspecified, 'en')]).to.deep.equal(['Unspecified', true]);
  });

  it("marks a document in another language than the data's with its source's lang", async () => {
    const english: DatasetInput = {
      title: 'The 1945 talks',
      lang: 'en',
      events: [
        {
          id: 'record', title: 'Record of the first meeting', date: '1945-06-30', kind: 'meeting',
          source: { title: 'Запись беседы Сталина с Сун Цзывэнем', lang: 'ru', transcript: { text: 'Запись беседы в Кремле.' } },
        },
        {
          id: 'treaty', title: 'The treaty', date: '1945-08-14', kind: 'treaty',
          source: { title: 'Договор о дружбе и союзе', citation: 'Treaty Series, No. 4', lang: 'ru', transcript: { text: 'Договор.' } },
        },
      ],
    };
    const element = await loadTimeline({ locale: 'en-US', selected: 'record' }, (el) => (el.events = english));
    const part = (selector: string) => panelPart(element, 'panel')!.querySelector(selector)!;
    expect(speaks(panelPart(element, 'transcript')!, 'ru')).to.equal(true);
    // Without a citation, the panel shows the document's own title: in its language.
    expect([part('.citation').textContent, speaks(part('.citation'), 'ru')]).to.deep.equal(['Запись беседы Сталина с Сун Цзывэнем', true]);
    expect(speaks(part('h3'), 'en')).to.equal(true);
    element.selected = 'treaty';
    await settle(element);
    await waitFor(element, () => panelPart(element, 'transcript')?.textContent?.includes('Договор'));
    expect(speaks(panelPart(element, 'transcript')!, 'ru')).to.equal(true);
    // A citation is the dataset's words about the document.
    expect([part('.citation').textContent, speaks(part('.citation'), 'en')]).to.deep.equal(['Treaty Series, No. 4', true]);
  });

  it('marks the data the same way in the vis renderer, lanes included', async () => {
    const element = await loadWithRenderer('vis', { locale: 'en-US', lanes: 'party' }, (el) => (el.events = RUSSIAN));
    expect(speaks(drawnMark(element, 'meeting').querySelector('span')!, 'ru')).to.equal(true);
    const lanes = [...rendererOf(element)!.shadowRoot!.querySelectorAll<HTMLElement>('[data-lane]')];
    expect(lanes.map((lane) => [lane.textContent, speaks(lane, 'ru'), speaks(lane, 'en')])).to.deep.equal([
      ['Китай', true, false],
      ['Unspecified', false, true],
    ]);
  });

  it('says its texts are English where the locale has none, and in the locale once the page gives them', async () => {
    const german = await loadTimeline({ src: SMALL, locale: 'de-DE' });
    expect(speaks(root(german).querySelector('.controls button')!, 'en')).to.equal(true);
    german.remove();
    ArchiveTimeline.defineMessages('de', { viewList: 'Liste' });
    const element = await loadTimeline({ src: SMALL, locale: 'de-DE' });
    const listButton = root(element).querySelector('button[data-view="list"]')!;
    expect([listButton.textContent!.trim(), speaks(listButton, 'de')]).to.deep.equal(['Liste', true]);
  });

  it("takes a list's language as the data's, and reports a lang that is not a language tag", async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<archive-timeline locale="en-US"><ol lang="ru">
      <li><time datetime="1945-07-01">1 июля 1945</time> Телеграмма Гарримана</li>
    </ol></archive-timeline>`;
    const element = holder.querySelector('archive-timeline')!;
    const loaded = oneEvent(element, 'timeline-load');
    document.body.append(element);
    await loaded;
    await settle(element);
    const [only] = viewRoot(element).querySelectorAll('[part~="label"]');
    expect([only.textContent, speaks(only, 'ru')]).to.deep.equal(['Телеграмма Гарримана', true]);
    element.remove();

    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const bad = await loadTimeline({ locale: 'en-US' }, (el) => (el.events = { ...RUSSIAN, lang: 'Russian language' }));
      const alert = root(bad).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('"lang" "Russian language" is not a language tag');
      expect(warnings.map(String).join('\n')).to.contain('"lang"');
      // Nothing else is lost; the data is then taken to be in the page's language.
      expect(viewRoot(bad).querySelectorAll('[part~="label"]')).to.have.length(2);
      expect(speaks(label(bad, 'meeting'), 'en')).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});

describe('the direction of each part', () => {
  const direction = (node: Element) => getComputedStyle(node).direction;
  const box = (node: Element) => node.getBoundingClientRect();
  const ARABIC: Partial<Messages> = {
    viewTimeline: 'الخط الزمني', viewList: 'قائمة', fitAll: 'عرض الكل',
    kinds: { meeting: 'اجتماع', cable: 'برقية', message: 'رسالة', treaty: 'معاهدة', conference: 'مؤتمر', other: 'أخرى' },
  };

  it('lays its own texts out right to left when they are in a right-to-left language, the data each in its own direction, and time still left to right', async () => {
    ArchiveTimeline.defineMessages('ar', ARABIC);
    const element = await loadTimeline({ src: SMALL, locale: 'ar', selected: 'cable' });
    const controls = root(element).querySelector('.controls')!;
    expect(direction(controls)).to.equal('rtl');
    // The view switch comes first, on the right.
    const [timeline, list] = [...controls.querySelectorAll('.switch button')];
    expect(box(timeline).left).to.be.greaterThan(box(list).left);
    // The panel mirrors: its close button on the left of its title; the English title and summary read left to right.
    const panel = panelPart(element, 'panel')!;
    expect(box(panel.querySelector('button.close')!).right).to.be.below(box(panel.querySelector('h3')!).left);
    expect([direction(panel.querySelector('h3')!), direction(panel.querySelector('.summary')!)]).to.deep.equal(['ltr', 'ltr']);
    expect(direction(panel.querySelector('dt')!)).to.equal('rtl');
    // Previous and Next point outwards, the way each steps.
    const arrows = (selector: string, pseudo: string) => getComputedStyle(panel.querySelector(selector)!, pseudo).content;
    expect([arrows('.previous', '::before'), arrows('.next', '::after')]).to.deep.equal(['"→ "', '" ←"']);
    expect(box(panel.querySelector('.previous')!).left).to.be.greaterThan(box(panel.querySelector('.next')!).left);
    // Time runs left to right: the earlier event to the left; lane names stay inside the drawing.
    const x = (id: string) => box(viewRoot(element).querySelector(`[data-event-id="${id}"]`)!).left;
    expect(x('wh-307')).to.be.below(x('cable'));
    const drawing = box(viewRoot(element).querySelector('svg.canvas')!);
    for (const lane of laneLabels(element)) expect(box(lane).left, lane.textContent!).to.be.at.least(drawing.left);
    expect(direction(label(element, 'cable'))).to.equal('ltr');
    element.remove();

    const vis = await loadWithRenderer('vis', { src: SMALL, locale: 'ar' });
    expect(direction(root(vis).querySelector('.controls')!)).to.equal('rtl');
    expect(box(drawnMark(vis, 'wh-307')).left).to.be.below(box(drawnMark(vis, 'cable')).left);
    const lanes = [...rendererOf(vis)!.shadowRoot!.querySelectorAll('[data-lane]')];
    const items = box(rendererOf(vis)!.shadowRoot!.querySelector('.vis-panel.vis-center')!);
    // vis keeps its lane names on the left of its items, as in a left-to-right page.
    for (const lane of lanes) expect(box(lane).right, lane.textContent!).to.be.at.most(items.left + 1);
  });

  it('keeps its texts left to right where they fall back to English, in a right-to-left page', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const element = await loadTimeline({ src: SMALL, locale: 'fa' });
      expect(direction(root(element).querySelector('.controls')!)).to.equal('ltr');
      element.selected = 'cable';
      await settle(element);
      const arrow = getComputedStyle(panelPart(element, 'panel')!.querySelector('.previous')!, '::before').content;
      expect(arrow).to.equal('"← "');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('gives an Arabic dataset its direction on an English page, in both renderers and the list', async () => {
    const arabic: DatasetInput = {
      title: 'مفاوضات موسكو', lang: 'ar',
      events: [{ id: 'meeting', title: 'الاجتماع الأول', date: '1945-06-30', kind: 'meeting', summary: 'لقاء في الكرملين.' }],
    };
    const element = await loadTimeline({ locale: 'en-US', selected: 'meeting' }, (el) => (el.events = arabic));
    expect(direction(root(element).querySelector('header h2')!)).to.equal('rtl');
    expect(direction(label(element, 'meeting'))).to.equal('rtl');
    expect(direction(panelPart(element, 'panel')!.querySelector('h3')!)).to.equal('rtl');
    expect(direction(root(element).querySelector('.controls')!)).to.equal('ltr');
    element.view = 'list';
    const title = await waitFor(element, () => root(element).querySelector('archive-event-list')?.shadowRoot?.querySelector('.title'));
    expect(direction(title)).to.equal('rtl');
    element.remove();
    const vis = await loadWithRenderer('vis', { locale: 'en-US' }, (el) => (el.events = arabic));
    expect(direction(drawnMark(vis, 'meeting').querySelector('span')!)).to.equal('rtl');
  });
});
