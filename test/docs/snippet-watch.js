/* global window, document, console, Element */
// Loaded first in the page of each documentation snippet (test/docs/snippets.test.ts): records what
// a reader's console would show (uncaught errors, rejected promises, console errors and warnings, files
// that failed to load) and every breach of the page's Content-Security-Policy.
window.snippetProblems = [];
const note = (text) => window.snippetProblems.push(text);
window.addEventListener(
  'error',
  (event) => {
    const element = event.target;
    if (element instanceof Element) note(`could not load ${element.getAttribute('src') ?? element.getAttribute('href')}`);
    else note(`uncaught: ${event.message}`);
  },
  true,
);
window.addEventListener('unhandledrejection', (event) => note(`unhandled rejection: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) => note(`CSP ${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    note(`console.${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
