// `persist-key`: a widget's view state (never its data) kept in localStorage under a namespaced key
// (`plankit:<tag>:<persist-key>`), wrapped with a version. What is read back is untrusted: a value that is not
// JSON, not of this version or that the widget's reader rejects is ignored, and storage that is full or
// blocked (private mode, a sandboxed frame) only means the view is not kept.

/** The wrapper a stored view has: the format's version and the view. */
interface Stored {
  readonly v: number;
  readonly view: unknown;
}

/** The localStorage key of a widget's view, or undefined when it has no (or an empty) `persist-key`. */
export function viewKey(tag: string, persistKey: string | undefined): string | undefined {
  return persistKey === undefined || persistKey === '' ? undefined : `plankit:${tag}:${persistKey}`;
}

/**
 * The view stored under `key` in format `version`, passed through `read` (which returns undefined for what
 * it does not accept), or undefined: nothing stored, another version, corrupt or foreign text, no storage.
 *
 * `legacy.key` names where the widget kept its view before views were versioned (raw JSON of the view, with
 * no `{v, view}` wrapper; it may be `key` itself). When `key` holds nothing in this format, a raw view found
 * there is read once through the same `read`, stored under `key` in this format, and the old entry removed
 * (when it is another key), so a user's saved view survives the change. A wrapped value of another version
 * is never read as legacy.
 */
export function loadView<V>(
  key: string | undefined,
  version: number,
  read: (view: unknown) => V | undefined,
  legacy?: { readonly key: string },
): V | undefined {
  if (key === undefined) return undefined;
  const stored = storedJson(key);
  if (isWrapped(stored)) return stored.v === version ? read(stored.view) : undefined;
  if (legacy === undefined) return undefined;
  const old = legacy.key === key ? stored : storedJson(legacy.key);
  if (old === undefined || isWrapped(old)) return undefined;
  const view = read(old);
  if (view === undefined) return undefined;
  saveView(key, version, view);
  if (legacy.key !== key) forget(legacy.key);
  return view;
}

/** The JSON under `key`, or undefined: nothing stored, not JSON, no storage. */
function storedJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** A value in the versioned wrapper (any version). */
function isWrapped(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Stored>).v === 'number';
}

/** Removes `key`; storage that refuses only leaves it there. */
function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Blocked storage: nothing to remove.
  }
}

/** Stores `view` under `key` in format `version`; does nothing without a key, or when storage refuses. */
export function saveView(key: string | undefined, version: number, view: unknown): void {
  if (key === undefined) return;
  try {
    localStorage.setItem(key, JSON.stringify({ v: version, view } satisfies Stored));
  } catch {
    // Storage full or blocked: the view is simply not kept.
  }
}
