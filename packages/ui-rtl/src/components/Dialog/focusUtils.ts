const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/** Elements of `root` in the Tab sequence, in DOM order (skips hidden and `tabindex="-1"`). */
export function tabbables(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) =>
      element.tabIndex >= 0 && !element.closest('[hidden],[inert]') && element.getClientRects().length > 0,
  );
}

/**
 * Makes everything outside `keep` inert (and hidden from assistive
 * technology): walks from `keep` up to `<body>` and marks every sibling on
 * the way. Returns the undo. Elements that were already inert stay so.
 */
export function inertOutside(keep: Element): () => void {
  const changed: Element[] = [];
  let node: Element | null = keep;
  while (node && node !== document.body && node.parentElement) {
    for (const sibling of Array.from(node.parentElement.children)) {
      if (
        sibling === node ||
        sibling.hasAttribute('inert') ||
        sibling.tagName === 'SCRIPT' ||
        sibling.tagName === 'STYLE'
      )
        continue;
      sibling.setAttribute('inert', '');
      changed.push(sibling);
    }
    node = node.parentElement;
  }
  return () => changed.forEach((element) => element.removeAttribute('inert'));
}

let scrollLocks = 0;
let previousOverflow = '';

/** Locks page scroll (nest-safe: the last unlock restores the original overflow). */
export function lockScroll(): () => void {
  if (scrollLocks === 0) {
    previousOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
  }
  scrollLocks += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    scrollLocks -= 1;
    if (scrollLocks === 0) document.documentElement.style.overflow = previousOverflow;
  };
}
