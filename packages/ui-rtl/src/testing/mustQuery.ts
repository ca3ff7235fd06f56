/** `querySelector` that throws naming the selector instead of returning null. */
export function mustQuery(selector: string, root: ParentNode = document): HTMLElement {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`mustQuery: nothing matches ${selector}`);
  return element;
}
