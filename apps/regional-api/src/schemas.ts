import { z } from 'zod';

/**
 * Request bodies. Unknown keys are stripped rather than refused, so a newer
 * client (say, `@globalkit/consent` adding a field) keeps working against an
 * older region; everything that is stored is bounded in length.
 */

// BCP 47 shape, loosely: "en", "en-GB", "zh-Hant-TW", pseudo-locales "en-XA".
const locale = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'Expected a BCP 47 language tag like "en-GB"');

// Validated against the regions catalog by the route (jurisdictionFor).
const jurisdiction = z.string().min(2).max(16);

// Starts with a letter: also keeps "__proto__" and friends out of the record.
const PURPOSE = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;
const PURPOSE_MESSAGE = 'Purpose names are 1–64 characters: a letter, then letters, digits and _ . : -';

const decisions = z.preprocess(
  (value, ctx) => {
    // Checked on the raw object: a "__proto__" key would otherwise vanish
    // silently while building the parsed record, and a receipt must record
    // exactly what the user was shown, or be refused.
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        if (!PURPOSE.test(key))
          ctx.addIssue({ code: 'custom', path: [key], message: PURPOSE_MESSAGE, input: key });
      }
    }
    return value;
  },
  z
    .record(z.string().regex(PURPOSE, PURPOSE_MESSAGE), z.boolean())
    .refine((record) => Object.keys(record).length > 0, 'At least one decision is required')
    .refine((record) => Object.keys(record).length <= 50, 'At most 50 decisions'),
);

export const consentReceiptSchema = z.object({
  consentId: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_.:-]+$/, 'Expected an opaque id of letters, digits and _ . : -'),
  jurisdiction,
  // A policy revision may be a number or a label ("2025-01"); stored as text.
  policyRevision: z.union([z.string().min(1).max(64), z.number().int().nonnegative()]).transform(String),
  decisions,
  source: z.enum(['banner', 'preferences', 'gpc', 'api']),
  locale,
});

export type ConsentReceiptInput = z.output<typeof consentReceiptSchema>;

export const PRIVACY_REQUEST_TYPES = ['access', 'erasure', 'portability', 'correction', 'opt-out'] as const;

export const privacyRequestSchema = z.object({
  type: z.enum(PRIVACY_REQUEST_TYPES),
  jurisdiction,
  email: z.email().max(254),
  locale,
  details: z.string().max(4000).optional(),
});

export type PrivacyRequestInput = z.output<typeof privacyRequestSchema>;

export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  down: z.boolean().optional(),
  seed: z.number().int().nullable().optional(),
});
