/**
 * ASCII kebab-case, the form every entry id and permalink takes (e.g. `hunan-yueyang`). Kept free of
 * imports so browser scripts can check ids without bundling the schema library.
 */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
