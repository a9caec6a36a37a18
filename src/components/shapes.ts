import { svg, type SVGTemplateResult } from 'lit';
import type { EventKind } from '../model/types.js';

/**
 * Each kind has its own shape as well as its own colour, so colour is never the only signal.
 * Shapes are centred on (0, 0) and fit a square of `size` px.
 */
export function kindShape(kind: EventKind, size: number): SVGTemplateResult {
  const r = size / 2;
  switch (kind) {
    case 'meeting':
      return svg`<circle r=${r}></circle>`;
    case 'cable':
      return svg`<rect x=${-r * 0.85} y=${-r * 0.85} width=${r * 1.7} height=${r * 1.7}></rect>`;
    case 'message':
      return svg`<path d="M0 ${-r}L${r} 0L0 ${r}L${-r} 0Z"></path>`;
    case 'treaty':
      return svg`<path d=${star(r)}></path>`;
    case 'conference':
      return svg`<path d=${hexagon(r)}></path>`;
    default:
      return svg`<path d="M0 ${r}L${r} ${-r * 0.8}L${-r} ${-r * 0.8}Z"></path>`;
  }
}

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${x.toFixed(2)} ${y.toFixed(2)}`).join('L')}Z`;
}

function star(r: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? r * 0.45 : r * 1.1;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    points.push([Math.cos(angle) * radius, Math.sin(angle) * radius]);
  }
  return polygon(points);
}

function hexagon(r: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < 6; i++) points.push([Math.cos((Math.PI / 3) * i) * r, Math.sin((Math.PI / 3) * i) * r]);
  return polygon(points);
}
