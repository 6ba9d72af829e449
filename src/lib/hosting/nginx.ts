/**
 * An nginx configuration for the built site, written by the build next to the pages (`nginx.conf`),
 * so that it always matches the base path and the header rules of that build. It is a fragment
 * for inside a `server { }` block; nothing in it depends on the machine that built it.
 */
import { CONTENT_TYPES } from './content-types.ts';
import { FOLDER_RULES, REVALIDATE, SECURITY_HEADERS } from './headers.ts';
import { HOST_FILES } from './content-types.ts';

/** Text types that get `charset=utf-8` from nginx (its `types` map holds bare types only). */
const bareType = (type: string) => type.replace(/;.*$/, '');
const isCharsetType = (type: string) => type.includes('charset=');

/** nginx string literal: double quotes, with `"`, `\` and `$` escaped. */
const quote = (value: string) => `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;

/**
 * `add_header` lines for a location. nginx drops every inherited `add_header` in a block that has
 * one of its own, so each location repeats the full set; `always` sends them with 404s too.
 */
function headerLines(headers: Readonly<Record<string, string>>, indent: string): string[] {
	return Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
}

/** The `types { }` map: every extension the build writes (see content-types.ts), grouped by type. */
function typesBlock(indent: string): string[] {
	const byType = new Map<string, string[]>();
	for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
		const bare = bareType(type);
		byType.set(bare, [...(byType.get(bare) ?? []), ext]);
	}
	return [`${indent}types {`, ...[...byType].map(([type, exts]) => `${indent}\t${type} ${exts.join(' ')};`), `${indent}}`];
}

/**
 * The configuration for a site built under `base` (`/` or `/cases/`): the files of `dist/` are
 * expected at `<root of the server block>${base}`.
 */
export function nginxConfig(base: string): string {
	const charsetTypes = [...new Set(Object.values(CONTENT_TYPES).filter(isCharsetType).map(bareType))].filter((t) => t !== 'text/html');
	const folderLocations = FOLDER_RULES.flatMap((rule) => [
		'',
		`\tlocation ^~ ${base}${rule.folder} {`,
		...headerLines({ ...SECURITY_HEADERS, ...(rule.headers['Cache-Control'] ? {} : { 'Cache-Control': REVALIDATE }), ...rule.headers }, '\t\t'),
		'\t}',
	]);
	return [
		`# nginx configuration of 法治实践案例库, written by the build for the base path ${base}.`,
		'# Include it inside a server { } block whose root holds the built files under that path:',
		'#',
		'#   server {',
		'#       listen 80;',
		'#       server_name example.gov.cn;',
		`#       root /var/www/fazhi;          # the files of dist/ are in /var/www/fazhi${base}`,
		`#       include /var/www/fazhi${base}nginx.conf;`,
		'#   }',
		'',
		`location ^~ ${base} {`,
		'\tindex index.html;',
		'\tautoindex off;',
		// Folder URLs without the final slash are redirected to it by nginx; a relative Location keeps
		// the host and port the reader used, also behind a proxy or CDN.
		'\tabsolute_redirect off;',
		`\terror_page 404 ${base}404.html;`,
		'',
		...typesBlock('\t'),
		'\tdefault_type application/octet-stream;',
		'\tcharset utf-8;',
		`\tcharset_types ${charsetTypes.join(' ')};`,
		'',
		// Pagefind's files are compressed already and are not in this list.
		'\tgzip on;',
		'\tgzip_vary on;',
		`\tgzip_types ${[
			...new Set(
				Object.values(CONTENT_TYPES)
					.filter((t) => t.startsWith('text/') || isCharsetType(t) || t === 'image/svg+xml')
					.map(bareType),
			),
		]
			.filter((t) => t !== 'text/html')
			.join(' ')};`,
		'',
		...headerLines({ ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE }, '\t'),
		...folderLocations,
		'',
		'\t# Files for the host, not for readers.',
		...HOST_FILES.map((file) => `\tlocation = ${base}${file} {\n\t\treturn 404;\n\t}`),
		'}',
		'',
	].join('\n');
}
