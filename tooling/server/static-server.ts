import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.bib': 'application/x-bibtex; charset=utf-8',
};

export interface StaticSite {
	/** Origin plus base path, e.g. `http://127.0.0.1:41234/cases/`. */
	url: string;
	close: () => Promise<void>;
}

/**
 * Serves a built folder the way a static CDN does: files only, `index.html` for folders,
 * `404.html` with status 404 for anything missing, everything under `base`.
 * Optional headers (e.g. a Content-Security-Policy) are added to every response; `headersFor` adds
 * headers by path, as a CDN applies its rules (see tests/support/headers-file.ts).
 */
export async function serveStatic(
	root: string,
	{ base = '/', headers = {} as Record<string, string>, headersFor = (() => ({})) as (pathname: string) => Record<string, string> } = {},
): Promise<StaticSite> {
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname = decodeURIComponent(url.pathname);
		for (const [name, value] of Object.entries({ ...headers, ...headersFor(pathname) })) res.setHeader(name, value);
		if (!pathname.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		pathname = pathname.slice(base.length - 1);
		let file = normalize(join(root, pathname));
		if (!file.startsWith(normalize(root))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(root, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html'] ?? '' });
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end();
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
