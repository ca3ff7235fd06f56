export { ConsentPreferences } from './ConsentPreferences';
export type { ConsentPreferencesProps, ConsentServices } from './ConsentPreferences';
