// Import specifiers of the web-font stylesheets the packages load on demand:
// @fontsource peers and ui-rtl's own (package.json "imports": #fonts/*), whose
// CSS points at .woff2 files. Every esbuild bundle of the packages that does not
// ship fonts (size budgets, the bench page) leaves them external; one list, so a
// new font source cannot reach one bundle and not the other.
export const FONT_STYLESHEETS = Object.freeze(['@fontsource/*', '#fonts/*']);
