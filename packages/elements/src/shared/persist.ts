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
 */
export function loadView<V>(
  key: string | undefined,
  version: number,
  read: (view: unknown) => V | undefined,
): V | undefined {
  if (key === undefined) return undefined;
  try {
    const text = localStorage.getItem(key);
    if (text === null) return undefined;
    const stored: unknown = JSON.parse(text);
    if (typeof stored !== 'object' || stored === null || (stored as Partial<Stored>).v !== version) return undefined;
    return read((stored as Stored).view);
  } catch {
    return undefined;
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
