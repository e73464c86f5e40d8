// The @lit/context keys a <pk-provider> provides: one SDK client, the page configuration and the
// page-level selection that links widgets. Keys are global symbols so two copies of the bundle share them.
import { createContext } from '@lit/context';
import type { Change, PlankitClient, SessionRole, TierBandId } from '@plankit/sdk';

/** `light` or `dark` forces a scheme; `auto` follows `prefers-color-scheme`. */
export type ColorScheme = 'light' | 'dark' | 'auto';

/** What a provider tells every element below it. */
export interface PlankitConfig {
  /** BCP 47 locale for elements without their own `lang`. */
  readonly locale: string | undefined;
  /** Plan id for elements without their own `plan`. */
  readonly plan: string | undefined;
  /** Evaluation date (`YYYY-MM-DD`) for elements without their own `as-of`. */
  readonly asOf: string | undefined;
  /** Colour scheme for elements without their own `color-scheme`. */
  readonly colorScheme: ColorScheme;
}

/** What the user has picked on the page; widgets under one provider highlight and filter by it. */
export interface Selection {
  readonly gridId: string | null;
  readonly tierBand: TierBandId | null;
  readonly kpiId: string | null;
}

export const EMPTY_SELECTION: Selection = Object.freeze({ gridId: null, tierBand: null, kpiId: null });

/** The selection and the way to change it. A new object is provided on every change. */
export interface SelectionContext {
  readonly selection: Selection;
  select(change: Partial<Selection>): void;
}

export const clientContext = createContext<PlankitClient | undefined>(Symbol.for('plankit.context.client'));
export const configContext = createContext<PlankitConfig>(Symbol.for('plankit.context.config'));
export const selectionContext = createContext<SelectionContext>(Symbol.for('plankit.context.selection'));

/**
 * What a live provider delivers: one committed change, or `reload` when changes were missed (everything
 * shown may be stale).
 */
export type LiveUpdate = { readonly kind: 'change'; readonly change: Change } | { readonly kind: 'reload' };

/** A live provider's change stream, as elements see it. */
export interface LiveFeed {
  /** Called for every update until the returned function is called. */
  subscribe(listener: (update: LiveUpdate) => void): () => void;
}

export const liveContext = createContext<LiveFeed | undefined>(Symbol.for('plankit.context.live'));

/**
 * The role of the provider's token (`GET /session`), asked once per client and only when a writing widget wants
 * it. `undefined` when it could not be learned (a backend without `/session`, a network failure): the widget
 * then offers writes and the server's 403 turns it read-only.
 */
export interface SessionSource {
  role(): Promise<SessionRole | undefined>;
}

export const sessionContext = createContext<SessionSource | undefined>(Symbol.for('plankit.context.session'));
