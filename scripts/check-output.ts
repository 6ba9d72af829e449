/**
 * `npm run check:output [dist] [base]`: checks the built site as a whole: every page passes the
 * HTML validator, and every internal link and anchor (under the base path) leads somewhere. The
 * base path is read from the same setting as the build (`BASE_PATH`, src/site-config.ts), so
 * `BASE_PATH=/cases/ npm run build` is checked by `BASE_PATH=/cases/ npm run check:output`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtFiles } from '../src/lib/built-files.ts';
import { normaliseBase, siteBase } from '../src/site-config.ts';

/** The validator's recommended rules; every rule switched off says why. */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes `<!DOCTYPE html>` and void elements its own way; these rules only concern style.
		'doctype-style': 'off',
		'void-style': 'off',
		// Chinese typography uses full-width quotes and the like inside text, which this rule misreads.
		'no-raw-characters': ['error', { relaxed: true }],
		// Inline SVG charts carry their own `<style>`; the rule would demand moving it into <head>.
		'no-inline-style': 'off',
	},
});

/** Validator messages for every HTML file, as `file:line rule message`. */
export async function validateHtml(dir: string): Promise<string[]> {
	const messages: string[] = [];
	for (const file of builtFiles(dir, ['.html'])) {
		const report = await validator.validateFile(join(dir, file));
		for (const result of report.results) {
			for (const m of result.messages) messages.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
		}
	}
	return messages;
}

const decodeEntities = (text: string) =>
	text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");

/**
 * Internal links and anchors that lead nowhere. A link counts as internal when it starts with the
 * base path or is relative; it must resolve to a built file (a folder means its index.html), and a
 * `#fragment` must match an id on the target page. Links outside the base path are broken too:
 * on a CDN sub-folder they would leave the site.
 */
export function checkLinks(dir: string, base = '/'): string[] {
	const pages = builtFiles(dir, ['.html']);
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = new Set([...readFileSync(join(dir, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
			idCache.set(file, ids);
		}
		return ids;
	};
	const broken: string[] = [];
	for (const page of pages) {
		const html = readFileSync(join(dir, page), 'utf8');
		const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
		for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
			const raw = decodeEntities(match[1] ?? '');
			if (/^(?:[a-z]+:|\/\/)/i.test(raw) && !raw.startsWith('http://site')) continue; // external, mailto:, data:
			const url = new URL(raw, pageUrl);
			if (!url.pathname.startsWith(base)) {
				broken.push(`${page}: ${raw} 不在网站路径 ${base} 之下`);
				continue;
			}
			let target = decodeURIComponent(url.pathname.slice(base.length));
			if (target === '' || target.endsWith('/')) target += 'index.html';
			const full = join(dir, target);
			if (!existsSync(full) || statSync(full).isDirectory()) {
				broken.push(`${page}: ${raw} 指向的文件不存在`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${page}: ${raw} 的锚点 #${fragment} 不存在`);
		}
	}
	return broken;
}

if (import.meta.main) {
	const dir = process.argv[2] ?? 'dist';
	const base = process.argv[3] ? normaliseBase(process.argv[3]) : siteBase;
	const links = checkLinks(dir, base);
	const problems = [...(await validateHtml(dir)), ...links];
	console.log(problems.length ? problems.join('\n') : `输出检查通过：${builtFiles(dir, ['.html']).length} 个页面，网站路径 ${base}`);
	if (links.length > 0 && links.every((line) => line.includes('不在网站路径') || line.includes('指向的文件不存在'))) {
		console.log(`\n（按网站路径 ${base} 检查。如果 ${dir}/ 是用别的 BASE_PATH 构建的，请用构建时的同一个 BASE_PATH 运行本检查。）`);
	}
	process.exitCode = problems.length ? 1 : 0;
}
