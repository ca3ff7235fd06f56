// @fontsource ships plain CSS files without type declarations.
declare module '@fontsource/*';
