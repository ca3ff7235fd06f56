// @fontsource and this package's own font stylesheets (package.json "imports": #fonts/*) are
// plain CSS files without type declarations.
declare module '@fontsource/*';
declare module '#fonts/*';
