// Keeps keyboard focus with the user when an edit re-renders the canvas:
// moving an item moves its DOM node (which drops focus), removing one drops
// focus to the page unless we put it somewhere sensible.

/** Call before an edit; call what it returns once the edit is done to put focus back. */
export function holdFocus(fallback?: () => HTMLElement | null): () => void {
  const held = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return () =>
    requestAnimationFrame(() => {
      if (held && document.activeElement === held) return;
      const usable = held?.isConnected && !held.matches(":disabled");
      (usable ? held : (fallback?.() ?? null))?.focus();
    });
}

/**
 * After an item left `container`: focus the first of `selectors` that
 * matches, taking the match at `index` (or the last one) so focus stays
 * about where the gone item was.
 */
export function refocus(container: Element | null, index: number, ...selectors: string[]) {
  requestAnimationFrame(() => {
    if (!container?.isConnected) return;
    for (const selector of selectors) {
      const found = container.querySelectorAll<HTMLElement>(selector);
      const target = found[Math.min(index, found.length - 1)];
      if (target) return target.focus();
    }
  });
}
