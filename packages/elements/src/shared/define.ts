// Safe custom-element registration: a second copy of Plankit on one page must never crash it.
import { PLANKIT_VERSION } from './version.js';

/** A constructor that may carry the Plankit brand (set by `PlankitElement` and `ProviderElement`). */
type MaybePlankitClass = CustomElementConstructor & { readonly plankitVersion?: unknown };

function plankitVersionOf(elementClass: CustomElementConstructor): string | undefined {
  const version = (elementClass as MaybePlankitClass).plankitVersion;
  return typeof version === 'string' ? version : undefined;
}

/**
 * Two versions can share a tag when their public surface is the same by semver:
 * the same major version, or for 0.x the same minor version.
 */
export function isCompatibleVersion(a: string, b: string): boolean {
  const [majorA = '', minorA = ''] = a.split('.');
  const [majorB = '', minorB = ''] = b.split('.');
  if (majorA !== majorB) return false;
  return majorA !== '0' || minorA === minorB;
}

/**
 * Register `elementClass` as `tag` unless the tag is taken.
 *
 * - The same class, or a Plankit element of a compatible version (another copy of the
 *   drop-in bundle): nothing to do, the element already works.
 * - Anything else: a console warning naming both, never an exception, because a host
 *   page must keep working when two scripts disagree.
 *
 * @returns whether this call registered the tag.
 */
export function define(
  tag: string,
  elementClass: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, elementClass);
    return true;
  }
  if (existing === elementClass) return false;
  const existingVersion = plankitVersionOf(existing);
  const ourVersion = plankitVersionOf(elementClass) ?? PLANKIT_VERSION;
  if (existingVersion !== undefined && isCompatibleVersion(existingVersion, ourVersion)) return false;
  const holder = existingVersion === undefined ? 'another element' : `Plankit ${existingVersion}`;
  console.warn(`[plankit] <${tag}> is already defined by ${holder}; Plankit ${ourVersion} did not register it again.`);
  return false;
}
