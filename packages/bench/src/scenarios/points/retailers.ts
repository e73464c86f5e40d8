// The retailer points every variant draws: 20,000 from the SDK's generator, coloured by tier band, over the
// county's grids (every variant draws those too, as pk-grid-map does).
import type { Retailer, TierScheme } from '@plankit/sdk';
import type { County } from '../grids/county.js';
import { adoptStyles } from '../../lib/page-harness.js';

/** Band codes are an open vocabulary: the common three have colours, any other is grey. */
const bandColour: Readonly<Record<string, string>> = { low: '#9ca3af', mid: '#2563eb', high: '#b91c1c' };
export const pointRadius = 1.5;

/** A tier → colour lookup built once from the scheme's bands, as a hand-writer would. */
export function tierColours(scheme: TierScheme): string[] {
  const colours: string[] = [];
  for (const band of scheme.bands) {
    for (let tier = band.from; tier <= band.to; tier += 1) colours[tier] = bandColour[band.id] ?? '#6b7280';
  }
  return colours;
}

export function pointsOf(county: County): { retailers: Retailer[]; colours: string[] } {
  return { retailers: county.retailers, colours: tierColours(county.scheme) };
}

/** A canvas of points laid over the map's SVG in the frame (as pk-grid-map lays its canvas over its SVG). */
export function overlayStyles(): void {
  adoptStyles('.map-frame > canvas { position: absolute; inset: 0; }');
}
