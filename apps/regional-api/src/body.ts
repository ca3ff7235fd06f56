import type { Context } from 'hono';
import type { z } from 'zod';

import { ApiError } from './errors';

/** One zod issue, flattened for the `details` of a 400. */
export interface ValidationIssue {
  /** Dotted path into the body, e.g. `decisions.analytics`; `""` for the root. */
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/**
 * Reads and validates a JSON body.
 *
 * Requires `Content-Type: application/json`: besides being honest, it means a
 * cross-site form or `text/plain` "simple request" cannot write receipts
 * without first passing a CORS preflight. The size limit is enforced before
 * this runs (bodyLimit middleware), so `text()` is bounded.
 *
 * @throws {ApiError} 415 wrong content type, 400 malformed JSON, 400 with
 *   zod issue paths in `details` when the shape is wrong.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.output<Schema>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(contentType)) {
    throw new ApiError(415, 'Content-Type must be application/json');
  }
  const text = await c.req.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'Malformed JSON body', {
      details: error instanceof SyntaxError ? error.message : undefined,
    });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new ApiError(400, 'Invalid request body', { details: toIssues(result.error) });
  }
  return result.data;
}

export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}
