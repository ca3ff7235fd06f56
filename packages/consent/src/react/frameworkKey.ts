import type { PrivacyFramework } from '../policyFor';

/** Framework → suffix of its `banner.title.*` / `banner.body.*` keys. */
export const FRAMEWORK_KEY = {
  GDPR: 'gdpr',
  UK_GDPR: 'ukGdpr',
  REV_FADP: 'revFadp',
  CPRA: 'cpra',
  US_STATE: 'usState',
  PDPA: 'pdpa',
  PIPL: 'pipl',
  LGPD: 'lgpd',
  NOTICE_ONLY: 'noticeOnly',
} as const satisfies Record<PrivacyFramework, string>;
