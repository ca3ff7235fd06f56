/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** JSON object regionId → API base URL, overriding the dev ports (see README). */
  readonly VITE_REGION_URLS?: string;
}
