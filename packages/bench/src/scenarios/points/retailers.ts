// The retailer points every variant draws: 20,000 from the SDK's generator, coloured by tier band, over the
// county's grids (every variant draws those too, as pk-grid-map does).
import type { Retailer, TierScheme } from '@plankit/sdk';
import type { County } from '../grids/county.js';
import { adoptStyles } from '../../lib/page-harness.js';

/** Band codes are an open vocabulary: the common three have colours, any other is grey. */
const bandColour: Readonly<Record<string, string>> = { low: '#9ca3af', mid: '#2563eb', high: '#b91c1c' };
/** pk-grid-map's point size (a radius of 2.5 px): every variant draws its points as large. */
export const pointRadius = 2.5;

/** pk-grid-map's mark of each common band, so the points differ by shape and not by colour alone. */
export type PointMark = 'circle' | 'square' | 'triangle';
const bandMark: Readonly<Record<string, PointMark>> = { low: 'circle', mid: 'square', high: 'triangle' };

/** A tier → mark lookup built once from the scheme's bands (any other band: a circle). */
export function tierMarks(scheme: TierScheme): PointMark[] {
  const marks: PointMark[] = [];
  for (const band of scheme.bands) {
    for (let tier = band.from; tier <= band.to; tier += 1) marks[tier] = bandMark[band.id] ?? 'circle';
  }
  return marks;
}

/** A tier → colour lookup built once from the scheme's bands, as a hand-writer would. */
export function tierColours(scheme: TierScheme): string[] {
  const colours: string[] = [];
  for (const band of scheme.bands) {
    for (let tier = band.from; tier <= band.to; tier += 1) colours[tier] = bandColour[band.id] ?? '#6b7280';
  }
  return colours;
}

export function pointsOf(county: County): { retailers: Retailer[]; colours: string[]; marks: PointMark[] } {
  return { retailers: county.retailers, colours: tierColours(county.scheme), marks: tierMarks(county.scheme) };
}

/** A canvas of points laid over the map's SVG in the frame (as pk-grid-map lays its canvas over its SVG). */
export function overlayStyles(): void {
  adoptStyles('.map-frame > canvas { position: absolute; inset: 0; }');
}
