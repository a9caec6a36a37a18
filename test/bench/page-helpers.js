/* global document */
/** What the bench's in-page scripts (harness.js, page-paths.js) both need. */

/** How many elements match, in the document and every shadow root below it. */
export function deepCount(root, selector) {
  let count = root.querySelectorAll(selector).length;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) count += deepCount(element.shadowRoot, selector);
  return count;
}

/** Loads a classic script (vis-timeline's UMD build) and resolves once it has run. */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
