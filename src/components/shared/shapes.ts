import { svg, type SVGTemplateResult } from 'lit';
import { BoundedCache } from '../../model/bounded-cache.js';
import type { EventKind } from '../../model/types.js';

/**
 * Each kind has its own shape as well as its own colour, so colour is never the only signal.
 * Shapes are centred on (0, 0) and fit a square of `size` px.
 */
export function kindShape(kind: EventKind, size: number): SVGTemplateResult {
  return svg`<path d=${kindPath(kind, size)}></path>`;
}

/** A few kinds in a few sizes: the bound is never reached. */
const paths = new BoundedCache<string>(100);

/** The outline of a kind's shape as path data, made once per kind and size: marks are drawn on every zoom step. */
export function kindPath(kind: EventKind, size: number): string {
  return paths.remember(`${kind} ${size}`, () => outline(kind, size / 2));
}

function outline(kind: EventKind, r: number): string {
  switch (kind) {
    case 'meeting':
      return `M${-r} 0A${r} ${r} 0 1 0 ${r} 0A${r} ${r} 0 1 0 ${-r} 0Z`;
    case 'cable': {
      const h = r * 0.85;
      return polygon([[-h, -h], [h, -h], [h, h], [-h, h]]);
    }
    case 'message':
      return `M0 ${-r}L${r} 0L0 ${r}L${-r} 0Z`;
    case 'treaty':
      return star(r);
    case 'conference':
      return hexagon(r);
    default:
      return `M0 ${r}L${r} ${-r * 0.8}L${-r} ${-r * 0.8}Z`;
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
