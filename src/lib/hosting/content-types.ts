/**
 * The Content-Type of every kind of file the build writes, in one table: the nginx configuration,
 * the object-storage instructions and the test server all serve from it, and the build fails when
 * it writes a file whose type is not listed here (a host would otherwise guess, often
 * `application/octet-stream`, and the browser would download a page instead of showing it).
 */

/** Types of text files carry `charset=utf-8` where browsers read it. */
export const CONTENT_TYPES = {
	html: 'text/html; charset=utf-8',
	css: 'text/css; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	json: 'application/json; charset=utf-8',
	xml: 'application/xml; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	svg: 'image/svg+xml',
	png: 'image/png',
	ico: 'image/x-icon',
	woff2: 'font/woff2',
	wasm: 'application/wasm',
	ris: 'application/x-research-info-systems; charset=utf-8',
	bib: 'application/x-bibtex; charset=utf-8',
	// Pagefind's index files are gzip-compressed binary that its script decompresses itself; they
	// must reach the browser as plain bytes, never with `Content-Encoding: gzip`.
	pagefind: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	pf_filter: 'application/octet-stream',
} as const satisfies Record<string, string>;

export type KnownExtension = keyof typeof CONTENT_TYPES;

/** Files the build writes for the host's own configuration; they are not part of the site. */
export const HOST_FILES = ['_headers', 'nginx.conf'] as const;

/** The extension of a file name without the dot (`a/b.pf_meta` → `pf_meta`), or '' when it has none. */
export function extensionOf(file: string): string {
	const name = file.slice(file.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The Content-Type for a file name, or undefined when the table does not know its extension. */
export function contentTypeOf(file: string): string | undefined {
	const ext = extensionOf(file);
	return Object.hasOwn(CONTENT_TYPES, ext) ? CONTENT_TYPES[ext as KnownExtension] : undefined;
}

/** The built files (relative paths) whose type the table does not know, host files excepted. */
export function filesWithoutContentType(files: string[]): string[] {
	return files.filter((file) => !(HOST_FILES as readonly string[]).includes(file) && contentTypeOf(file) === undefined);
}
