/**
 * A credential handed over in the URL fragment (`#key=<id:secret>`, percent-encoded): the fragment never
 * reaches the server. It is moved into sessionStorage under `storageKey` and stripped from the address
 * bar (history.replaceState), so it is not left on screen or in the history. Returns whether one was found.
 */
export function takeFragmentKey(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  history: Pick<History, 'replaceState' | 'state'>,
  storage: Pick<Storage, 'setItem'>,
  storageKey: string,
): boolean {
  const match = /(?:^#|&)key=([^&]*)/.exec(location.hash);
  if (!match) return false;
  let value = match[1] ?? '';
  try {
    value = decodeURIComponent(value);
  } catch {
    // Not percent-encoded after all: take it as written.
  }
  if (value !== '') storage.setItem(storageKey, value);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return value !== '';
}
