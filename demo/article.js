// The demo's option menus: each sets the attribute of the same name on the timeline.
const timeline = document.querySelector('archive-timeline');
for (const name of ['renderer', 'lanes', 'locale']) {
  const select = document.getElementById(name);
  select.value = timeline.getAttribute(name) || select.value;
  select.addEventListener('change', () => timeline.setAttribute(name, select.value));
}
