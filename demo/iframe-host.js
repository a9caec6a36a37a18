// The host page's side of the iframe embed: size each frame to the height its timeline reports.
window.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'archive-timeline:height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
