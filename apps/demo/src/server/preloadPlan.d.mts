/** One file a locale's first render needs. */
export interface PreloadFile {
  readonly href: string;
  readonly as: 'script' | 'style' | 'font';
}

/** dist/preloads.json: written at build time, read per request by server/serve.mjs. */
export interface PreloadPlan {
  readonly defaultLocale: string;
  readonly locales: Readonly<Record<string, readonly PreloadFile[]>>;
  /** The planned locales written right to left. */
  readonly rtlLocales: readonly string[];
  readonly routes: Readonly<Record<string, readonly string[]>>;
  readonly origins: Readonly<Record<string, string>>;
  readonly defaultOrigin: string;
  /** country → route path → absolute URLs of the API requests the app sends before geo answers. */
  readonly bootRequests: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** A Vite manifest chunk, as far as the plan reads it. */
export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly name?: string;
  readonly imports?: readonly string[];
  readonly isEntry?: boolean;
}

export declare function buildPreloadPlan(input: {
  readonly manifest: Readonly<Record<string, ManifestChunk>>;
  readonly routes: ReadonlyArray<{ readonly path: string; readonly view: string }>;
  readonly fontStackFor: (locale: string) => string;
  readonly countryOrigins: Readonly<Record<string, string>>;
  readonly defaultOrigin: string;
  readonly defaultLocale: string;
  readonly bootRequests?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly directionOf: (locale: string) => 'ltr' | 'rtl';
}): PreloadPlan;

export declare function documentLocaleFor(
  plan: PreloadPlan,
  locale: string | undefined,
): { readonly lang: string; readonly dir: 'ltr' | 'rtl' } | undefined;

export declare function preloadLocaleFor(
  plan: PreloadPlan,
  searchParams: URLSearchParams,
  acceptLanguage: string | undefined,
): string | undefined;

export declare function preloadHintsFor(
  plan: PreloadPlan,
  rawUrl: string,
  acceptLanguage: string | undefined,
): { readonly html: string; readonly header: string; readonly locale: string | undefined };

export declare function withDocumentLocale(
  html: string,
  documentLocale: { readonly lang: string; readonly dir: 'ltr' | 'rtl' } | undefined,
): string;
