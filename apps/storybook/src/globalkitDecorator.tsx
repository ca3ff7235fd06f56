/** @jsxImportSource @emotion/react */
import { createI18n, getDirection, I18nProvider, isLoadableLocale, LOCALE_NAMESPACES } from '@globalkit/i18n';
import type { Direction, GlobalkitI18n } from '@globalkit/i18n';
import { Global } from '@emotion/react';
import { darkTheme, GlobalkitProvider, lightTheme, loadAutonymFonts, loadFontsFor } from '@globalkit/ui-rtl';
import type { Decorator, Loader } from '@storybook/react-vite';

import { resolveStoryGlobals } from './storyGlobals';

/**
 * One real i18n instance for the whole preview, loading strings through the
 * SDK's own lazy loader map — stories see exactly what an app sees, in every
 * locale, including the pseudo-locales. Nothing is persisted and `<html>` is
 * set by the loader below (it also knows the direction override).
 */
const i18n: GlobalkitI18n = createI18n({
  locale: 'en-US',
  namespaces: [...LOCALE_NAMESPACES],
  mode: 'development',
  allowPseudoLocales: true,
  syncDocument: false,
  storageKey: false,
  cookieName: false,
});

/** What the loader hands every story as `context.loaded`. */
export interface GlobalkitLoaded {
  /** The preview's i18n instance, already on the story's locale (plays use it to find localized names). */
  readonly i18n: GlobalkitI18n;
}

/**
 * Before each render: switch to the story's locale, load every namespace
 * and the locale's web fonts, and set `<html lang dir>` so the preview and
 * portal roots mirror. Loaders finish before the story renders, so the first
 * paint is already in the right language and script (screenshots rely on it).
 */
export const loadGlobalkit: Loader = async (context): Promise<GlobalkitLoaded> => {
  const { locale, direction } = resolveStoryGlobals(context.globals, context.parameters);
  await i18n.ready;
  if (isLoadableLocale(locale) && i18n.locale !== locale) await i18n.setLocale(locale);
  await i18n.i18next.loadNamespaces([...LOCALE_NAMESPACES]);
  // The language list's faces too, so a screenshot of an open list never catches a system font.
  await Promise.all([loadFontsFor(locale), loadAutonymFonts()]);
  syncDocument(locale, direction ?? getDirection(locale));
  return { i18n };
};

/**
 * Wraps every story in I18nProvider + GlobalkitProvider from the toolbar
 * globals (`locale`, `direction`, `scheme`); no story needs its own wiring.
 */
export const withGlobalkit: Decorator = (Story, context) => {
  const { locale, direction, scheme } = resolveStoryGlobals(context.globals, context.parameters);
  // Docs pages render many stories without re-running loaders for each toolbar change.
  syncDocument(locale, direction ?? getDirection(locale));
  return (
    <I18nProvider i18n={i18n}>
      <GlobalkitProvider dir={direction} scheme={scheme} loadFonts={false}>
        {/* The whole preview takes the scheme's page colour, not only the story's box. */}
        <Global
          styles={{
            body: { background: (scheme === 'dark' ? darkTheme : lightTheme).colors.surface },
            // What an app's CSS reset does: the stories' bare inputs (Field's, Dialog's, headless MoneyInput)
            // take the locale's web font instead of the browser's control font, a system font that differs
            // between machines and would make their screenshots differ too.
            'input, button, select, textarea': { fontFamily: 'inherit' },
          }}
        />
        <div data-story-root="" css={{ padding: 16 }}>
          <Story />
        </div>
      </GlobalkitProvider>
    </I18nProvider>
  );
};

function syncDocument(locale: string, direction: Direction): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = direction;
}
