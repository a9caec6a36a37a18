// The editor's page: data in (a file, pasted text or an address), the element's preview, the problems,
// the options, and the snippets out. Nothing leaves the browser but requests for an address the reader gives.
import { DATA_FORMATS, checkData, problemWords, readData, sheetCsvAddress } from './editor-library.js';
import { LANGUAGES, fill, languageFor } from './editor-texts.js';
import { offsetOf, renderProblems } from './editor-problems.js';
import { datasetFile, elementSnippet, iframeSnippet, listSnippet } from './editor-snippets.js';

const $ = (id) => document.getElementById(id);
const preview = $('preview');
const text = $('text');
const EMPTY = { title: '', events: [] };
/** The files each format is written in, for the file chooser; JSON for any other. */
const FILE_TYPES = { csv: ['.csv', 'text/csv'], tsv: ['.tsv', '.tab', 'text/tab-separated-values'] };

const page = {
  language: 'en',
  /** What was read last: the text's name (a file's, an address), and what reading and checking it gave. */
  name: '',
  hint: {},
  read: undefined,
  checked: { dataset: EMPTY, problems: [], leftOut: 0 },
  /** The status line's text, by key and values, so it changes language with the page. */
  status: undefined,
  /** Bumped by each read, so an older one that finishes late changes nothing. */
  reads: 0,
};
const t = () => LANGUAGES[page.language].texts;
const formatName = (format) => t().formatNames[format] ?? format;

/** Reads the text with its hint (the file's or address's name and content type), then shows everything it gave. */
async function read(body, name, hint = {}) {
  const reading = ++page.reads;
  page.name = name;
  page.hint = hint;
  const format = $('format').value;
  const result = await readData(body, { ...hint, format });
  if (reading !== page.reads) return;
  page.read = result;
  page.checked = result.input === undefined ? { dataset: EMPTY, problems: result.problems, leftOut: 0 } : checkData(result);
  preview.events = result.input;
  setStatus('readAs', { name: name || t().pasted, format: formatName(result.format) });
  await show();
  shown();
}

/** Tells whoever waits (the tests) that what was given has been read and shown, or why it could not be. */
const shown = () => document.dispatchEvent(new CustomEvent('editor-read'));

/** Reads what the text area holds now. */
const readText = () => read(text.value, page.hint.address ? page.name : '', page.hint.address ? page.hint : {});

async function readFile(file) {
  if (!file) return;
  const body = await file.text();
  text.value = body;
  await read(body, file.name, { address: file.name, contentType: file.type });
}

/** Loads a data file, or a published sheet, from its address: the one request this page makes. */
async function loadAddress() {
  const address = $('address').value.trim();
  let url;
  try {
    url = new URL(address);
    if (!/^https?:$/.test(url.protocol)) throw new TypeError(address);
  } catch {
    return fail(address, t().badAddress);
  }
  // A Google Sheet's address as people copy it is asked for as CSV; its data can only be read once it is published.
  const csv = await sheetCsvAddress(url.href);
  const sheet = csv !== undefined || /\/spreadsheets\/d\//.test(url.pathname);
  let response;
  try {
    response = await fetch(csv ?? url);
  } catch {
    return fail(address, sheet ? t().sheetNotPublished : t().unreachable);
  }
  const body = response.ok ? await response.text() : '';
  const contentType = response.headers.get('content-type') ?? '';
  const webPage = /html/i.test(contentType) && /^\s*</.test(body);
  if (sheet && (!response.ok || webPage)) return fail(address, t().sheetNotPublished);
  if (!response.ok) return fail(address, fill(response.status === 404 || response.status === 410 ? t().notFound : t().serverStatus, { status: response.status }));
  if (webPage) return fail(address, t().webPage);
  $('alert').textContent = '';
  text.value = body;
  if (!$('data-address').value) $('data-address').value = address;
  await read(body, address, { address, contentType });
}

function fail(address, reason) {
  $('alert').textContent = fill(t().loadFailed, { address, reason });
  shown();
}

function setStatus(key, values) {
  page.status = { key, values };
  $('status').textContent = fill(t()[key], values);
}

/** The options as the snippets and the preview take them. */
function options() {
  return {
    lanes: $('lanes').value,
    view: $('view').value,
    start: $('start').value.trim(),
    end: $('end').value.trim(),
    theme: $('theme').value,
    locale: $('locale').value,
    renderer: $('renderer').value,
    deepLink: $('deep-link').checked,
    height: Number($('height').value) || 0,
  };
}

/** The preview takes the options: the element's attributes, and the iframe's height as the height of its box. */
function applyOptions() {
  const chosen = options();
  const attributes = { lanes: chosen.lanes, view: chosen.view, start: chosen.start, end: chosen.end, theme: chosen.theme, renderer: chosen.renderer };
  attributes.locale = chosen.locale || LANGUAGES[page.language].locale;
  for (const [name, value] of Object.entries(attributes)) {
    if (value) preview.setAttribute(name, value);
    else preview.removeAttribute(name);
  }
  preview.toggleAttribute('deep-link', chosen.deepLink);
  $('preview-box').style.blockSize = chosen.height ? `${chosen.height}px` : '';
  $('preview-box').classList.toggle('fixed', Boolean(chosen.height));
  renderOut();
}

/** Counts, problems and snippets for what was read, in the page's language. */
async function show() {
  const { dataset, problems, leftOut } = page.checked;
  const texts = t();
  $('counts').textContent = page.read ? fill(texts.counts, { shown: dataset.events.length, left: leftOut }) : texts.noData;
  $('problems-summary').textContent = !page.read ? '' : problems.length ? fill(texts.problemsSome, { count: problems.length }) : texts.problemsNone;
  const language = page.language;
  const say = await problemWords(LANGUAGES[language].locale);
  if (language !== page.language) return;
  renderProblems($('problems'), problems, {
    t: texts,
    say,
    shown: new Set(dataset.events.map((event) => event.id)),
    actions: { showEvent, showInText },
  });
  renderOut();
}

function showEvent(id) {
  preview.selected = id;
  preview.scrollIntoView({ block: 'nearest' });
}

function showInText(line, column) {
  const at = offsetOf(text.value, line, column);
  text.focus();
  text.setSelectionRange(at, Math.min(text.value.length, at + 1));
}

function renderOut() {
  const { dataset } = page.checked;
  const chosen = options();
  const file = datasetFile(dataset);
  const address = $('data-address').value.trim() || file.name;
  $('data-address').placeholder = file.name;
  const embedPage = new URL('embed.html', location.href).href;
  const locale = chosen.locale || dataset.lang || LANGUAGES[page.language].locale;
  setCode('out-element', elementSnippet(chosen, address));
  setCode('out-iframe', iframeSnippet(chosen, address, embedPage, dataset.title || 'Timeline'));
  setCode('out-list', listSnippet(chosen, dataset, locale));
  setCode('out-file', file.text);
  $('download').textContent = fill(t().download, { file: file.name });
  const none = dataset.events.length === 0;
  for (const button of document.querySelectorAll('.out button')) button.disabled = none;
}

function setCode(id, code) {
  $(id).querySelector('code').textContent = code;
  $(id).querySelector('.copy-status').textContent = '';
}

async function copy(snippet) {
  const code = snippet.querySelector('code');
  const status = snippet.querySelector('.copy-status');
  try {
    await navigator.clipboard.writeText(code.textContent);
    status.textContent = t().copied;
  } catch {
    // No clipboard permission (an insecure address, a frame): the older way, from the selected text.
    getSelection().selectAllChildren(code);
    status.textContent = document.execCommand('copy') ? t().copied : t().copyFailed;
  }
}

function download() {
  const file = datasetFile(page.checked.dataset);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** The page in one of its languages: every text, the formats read, and the preview's locale unless one was chosen. */
function setLanguage(language) {
  page.language = language;
  const texts = t();
  document.documentElement.lang = language;
  document.title = texts.pageTitle;
  $('page-language').value = language;
  for (const element of document.querySelectorAll('[data-text]')) element.textContent = texts[element.dataset.text];
  const names = new Intl.ListFormat(LANGUAGES[language].locale, { type: 'conjunction' });
  $('formats-read').textContent = fill(texts.formatsRead, { list: names.format(DATA_FORMATS.map(formatName)) });
  const chosen = $('format').value || 'auto';
  $('format').replaceChildren(...['auto', ...DATA_FORMATS].map((format) => new Option(format === 'auto' ? texts.formatAuto : formatName(format), format)));
  $('format').value = chosen;
  if (page.status) setStatus(page.status.key, { ...page.status.values, name: page.name || texts.pasted });
  applyOptions();
  void show();
}

function setUp() {
  $('file').accept = [...new Set(DATA_FORMATS.flatMap((format) => FILE_TYPES[format] ?? ['.json', 'application/json']))].join(',');
  $('file').addEventListener('change', () => readFile($('file').files[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    void readFile(event.dataTransfer?.files[0]);
  });
  $('load').addEventListener('click', loadAddress);
  $('address').addEventListener('keydown', (event) => event.key === 'Enter' && loadAddress());
  $('read').addEventListener('click', readText);
  $('format').addEventListener('change', () => page.read && readText());
  let typing;
  text.addEventListener('input', () => {
    clearTimeout(typing);
    page.hint = {};
    typing = setTimeout(readText, 400);
  });
  for (const control of $('options').querySelectorAll('select, input')) control.addEventListener('input', applyOptions);
  $('data-address').addEventListener('input', renderOut);
  $('page-language').addEventListener('change', () => setLanguage($('page-language').value));
  for (const snippet of document.querySelectorAll('.snippet')) snippet.querySelector('.copy').addEventListener('click', () => copy(snippet));
  $('download').addEventListener('click', download);
  setLanguage(languageFor(new URLSearchParams(location.search).get('lang') || navigator.language));
}

setUp();
