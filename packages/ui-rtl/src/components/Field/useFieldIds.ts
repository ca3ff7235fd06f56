import { useId } from 'react';
import type { ReactNode } from 'react';

/** Inputs of {@link useFieldIds}. */
export interface FieldIdsOptions {
  /** The control's id (caller's), else generated. */
  readonly id?: string | undefined;
  readonly description?: ReactNode;
  readonly error?: ReactNode;
  /** A counter (or other live hint) is rendered. */
  readonly counter?: boolean | undefined;
  /** The caller's own `aria-describedby`, kept first. */
  readonly describedBy?: string | undefined;
}

/** Ids of a field's parts and the `aria-describedby` that joins them. */
export interface FieldIds {
  readonly controlId: string;
  readonly labelId: string;
  readonly descriptionId: string;
  readonly errorId: string;
  readonly counterId: string;
  /** Description, error and counter ids (only the rendered ones), or undefined. */
  readonly describedBy: string | undefined;
}

/** True when a message slot will render something. */
export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/**
 * Stable, SSR-safe ids (`useId`) for a field and the `aria-describedby`
 * list a control needs: description, then error, then counter.
 */
export function useFieldIds({ id, description, error, counter, describedBy }: FieldIdsOptions): FieldIds {
  const base = useId();
  const controlId = id ?? `${base}control`;
  const ids = {
    labelId: `${base}label`,
    descriptionId: `${base}description`,
    errorId: `${base}error`,
    counterId: `${base}counter`,
  };
  const list = [
    describedBy,
    hasContent(description) ? ids.descriptionId : undefined,
    hasContent(error) ? ids.errorId : undefined,
    counter ? ids.counterId : undefined,
  ].filter(Boolean);
  return { controlId, ...ids, describedBy: list.length > 0 ? list.join(' ') : undefined };
}
