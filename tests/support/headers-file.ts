import { readFileSync } from 'node:fs';

/**
 * Reads a built `_headers` file (Netlify / Cloudflare Pages format) and answers which headers a CDN
 * would send for a path: every rule whose pattern matches (a trailing `*` matches any rest) adds its
 * headers, later rules winning. Lets browser tests serve a build exactly as its rules say.
 */
export function headersRules(file: string): (pathname: string) => Record<string, string> {
	const rules: { pattern: string; headers: Record<string, string> }[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
		}
	}
	return (pathname) => {
		const headers: Record<string, string> = {};
		for (const rule of rules) {
			const matches = rule.pattern.endsWith('*') ? pathname.startsWith(rule.pattern.slice(0, -1)) : pathname === rule.pattern;
			if (matches) Object.assign(headers, rule.headers);
		}
		return headers;
	};
}
