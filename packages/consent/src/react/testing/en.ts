import enConsent from '../../../../../locales/en-US/consent.json';
import { loadConsentFallback } from '../useConsentStrings';
import type { ConsentKey } from '../useConsentStrings';

// Widgets load their en-US fallback lazily; tests that read text expect it on the first render.
await loadConsentFallback();

/**
 * The en-US text of a key, for tests: copy editors may reword strings at any
 * time, so tests look text up instead of hard-coding it. Tests only.
 */
export function en(key: ConsentKey, vars: Readonly<Record<string, string>> = {}): string {
  let node: unknown = enConsent;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
}

/** A RegExp matching the key's text (interpolations become wildcards), for partial matches. */
export function enPattern(key: ConsentKey): RegExp {
  let node: unknown = enConsent;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  const escaped = String(node)
    .split(/\{\{\w+\}\}/)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(escaped);
}

/** An accessible-name matcher that accepts names containing `text` (labels may add "required" etc.). */
export function including(text: string): (name: string) => boolean {
  return (name) => name.includes(text);
}
