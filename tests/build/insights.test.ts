/**
 * Reads the built /insights/ pages in dist/ (run `npm run build` first) and checks every number
 * the charts and maps draw against counts made here, straight from the content files, without
 * the site's own aggregation code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../tooling/content/read.ts';
import type { ContentSet, PracticeEntry } from '../../src/lib/entries.ts';
import { CITIES_SHOWN } from '../../src/lib/insights/counts.ts';

const DIST = 'dist';
let html: string;
let figuresHtml: string;
let content: ContentSet;
let practices: PracticeEntry[];

beforeAll(() => {
	const page = join(DIST, 'insights/index.html');
	if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` before the build tests.`);
	html = readFileSync(page, 'utf8');
	figuresHtml = readFileSync(join(DIST, 'insights/figures/index.html'), 'utf8');
	content = readContent('content').content;
	practices = content.practices.filter((p) => !p.data.draft);
});

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The `<svg>` element with an id, as markup. */
function svg(source: string, id: string): string {
	const match = new RegExp(`<svg id="${id}"[\\s\\S]*?</svg>`).exec(source);
	if (!match) throw new Error(`no <svg id="${id}"> in the page`);
	return match[0];
}

/** Bars of a chart: label → the number written after the bar, checked against its data-value. */
function bars(id: string, source = html): Map<string, number> {
	const out = new Map<string, number>();
	for (const [, label = '', value = '', body = ''] of svg(source, id).matchAll(
		/<g class="row" data-label="([^"]*)" data-value="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g,
	)) {
		const written = /<text class="value"[^>]*>([^<]*)<\/text>/.exec(body)?.[1]?.trim();
		expect(written, `number written for ${label}`).toBe(value);
		out.set(decode(label), Number(value));
	}
	return out;
}

/** The page of one province's map, as markup, or undefined when the build wrote none. */
function provincePage(id: string): string | undefined {
	const page = join(DIST, 'insights/maps', id, 'index.html');
	return existsSync(page) ? readFileSync(page, 'utf8') : undefined;
}

/** Shaded areas of a map on a page (by default /insights/): code → count. */
function areas(id: string, source = html): Map<string, number> {
	const out = new Map<string, number>();
	for (const [, code = '', count = ''] of svg(source, id).matchAll(/data-code="(\d{6})" data-count="(\d+)"/g)) out.set(code, Number(count));
	return out;
}

const tally = (keys: string[]) => {
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
};
const regionById = (id: string) => content.regions.find((r) => r.id === id);
/** A region and its ancestors, nearest first. */
function lineage(id: string): string[] {
	const chain: string[] = [];
	for (let at: string | undefined = id; at && !chain.includes(at); at = regionById(at)?.data.parent) chain.push(at);
	return chain;
}
const inRegion = (regionId: string) => practices.filter((p) => lineage(p.data.region).includes(regionId));

describe('the charts of /insights/', () => {
	it('draws practices per domain', () => {
		const expected = new Map(
			content.domains.map((d) => [d.data.name, practices.filter((p) => p.data.domains.includes(d.id)).length] as const).filter(([, n]) => n > 0),
		);
		expect(bars('domains-chart')).toEqual(expected);
	});

	it('draws practices per province and per city, counting the regions below them', () => {
		const provinces = tally(practices.map((p) => regionById(lineage(p.data.region).at(-1) ?? '')?.data.fullName ?? ''));
		const drawn = bars('provinces-chart');
		for (const [name, count] of provinces) expect(drawn.get(name), name).toBe(count);
		expect([...drawn.values()].reduce((a, b) => a + b, 0)).toBe(practices.length);

		const cities = tally(
			practices.map((p) => {
				const chain = lineage(p.data.region);
				return regionById(chain.at(-2) ?? chain.at(-1) ?? '')?.data.fullName ?? '';
			}),
		);
		// Only the cities with the most practices are drawn, so the page does not grow with the library.
		const drawnCities = bars('cities-chart');
		expect(drawnCities.size).toBe(Math.min(cities.size, CITIES_SHOWN));
		for (const [name, count] of drawnCities) expect(count, name).toBe(cities.get(name));
		const fewestDrawn = Math.min(...drawnCities.values());
		for (const [name, count] of cities) if (!drawnCities.has(name)) expect(count, name).toBeLessThanOrEqual(fewestDrawn);
	});

	it('draws practices per year', () => {
		const expected = tally(practices.flatMap((p) => [...new Set(p.data.years)].map((y) => `${y}年`)));
		expect(bars('years-chart')).toEqual(expected);
	});

	it('draws, for each honor level, the practices with at least one honor of that level', () => {
		const expected = new Map(['国家级', '省级', '市级'].map((level) => [level, practices.filter((p) => p.data.honors.some((h) => h.level === level)).length]));
		expect(bars('honors-chart')).toEqual(expected);
		const withAny = practices.filter((p) => p.data.honors.length > 0).length;
		expect(html).toContain(`共有 ${withAny} 个案例获得至少一项荣誉`);
	});

	it('draws the most used tags with their counts', () => {
		const all = tally(practices.flatMap((p) => p.data.tags));
		const drawn = bars('tags-chart');
		expect(drawn.size).toBe(Math.min(15, all.size));
		for (const [tag, count] of drawn) expect(count, tag).toBe(all.get(tag));
		const lowestShown = Math.min(...drawn.values());
		const highestLeftOut = Math.max(0, ...[...all].filter(([tag]) => !drawn.has(tag)).map(([, n]) => n));
		expect(lowestShown).toBeGreaterThanOrEqual(highestLeftOut);
	});
});

describe('the maps of /insights/', () => {
	it('shades every province of the content by its practices, and links it to its page', () => {
		const drawn = areas('map-china');
		const provinces = content.regions.filter((r) => !r.data.parent && r.data.code);
		expect(provinces.length).toBeGreaterThan(0);
		for (const province of provinces) {
			expect(drawn.get(province.data.code ?? ''), province.id).toBe(inRegion(province.id).length);
			expect(svg(html, 'map-china')).toContain(`href="/regions/${province.id}/"`);
		}
	});

	it('gives each province with practices its own map page, linked from /insights/ and its region page: a square per city, the counties in its table', () => {
		const withPractices = content.regions.filter((r) => !r.data.parent && inRegion(r.id).length > 0);
		expect(withPractices.length).toBeGreaterThan(0);
		for (const province of withPractices) {
			expect(html).toContain(`href="/insights/maps/${province.id}/"`);
			expect(readFileSync(join(DIST, 'regions', province.id, 'index.html'), 'utf8'), province.id).toContain(`href="/insights/maps/${province.id}/"`);
			const page = provincePage(province.id);
			expect(page, province.id).toBeDefined();
			const drawn = areas(`map-${province.id}`, page ?? '');
			const below = content.regions.filter((r) => r.id !== province.id && lineage(r.id).includes(province.id) && r.data.code);
			// Prefecture-level codes end in 00; their practices include their counties'.
			const cities = below.filter((r) => r.data.code?.endsWith('00'));
			expect(cities.length, province.id).toBeGreaterThan(0);
			for (const region of cities) expect(drawn.get(region.data.code ?? ''), region.id).toBe(inRegion(region.id).length);
			const table = page!.slice(page!.indexOf('<table'), page!.indexOf('</table>'));
			for (const region of below) {
				const name = region.data.fullName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				const row = new RegExp(`${name}</a></th><td class="num"[^>]*>${region.data.code}</td><td class="num"[^>]*>${inRegion(region.id).length}</td>`);
				expect(table, region.id).toMatch(row);
			}
		}
		// /insights/ itself draws only the national map, so it does not grow with the provinces reached.
		expect([...html.matchAll(/<svg id="map-/g)]).toHaveLength(1);
		const others = content.regions.filter((r) => !r.data.parent && inRegion(r.id).length === 0);
		for (const province of others) {
			expect(provincePage(province.id), province.id).toBeUndefined();
			expect(readFileSync(join(DIST, 'regions', province.id, 'index.html'), 'utf8'), province.id).not.toContain('/insights/maps/');
		}
	});

	it('draws no boundary: tile maps only, with no approval number to show', () => {
		expect(html).toContain('data-tile-map');
		expect(html).not.toMatch(/<path\b/);
		expect(html).not.toContain('审图号');
	});

	it('keeps every map under 60 KB', () => {
		const provinces = content.regions.filter((r) => !r.data.parent && inRegion(r.id).length > 0);
		for (const source of [html, ...provinces.map((p) => provincePage(p.id) ?? '')]) {
			for (const [, id = ''] of source.matchAll(/<svg id="(map-[a-z-]+)"/g)) {
				expect(Buffer.byteLength(svg(source, id)), id).toBeLessThan(60_000);
			}
		}
	});

	it('ships no script of its own', () => {
		const scripts = (page: string) => [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
		const home = readFileSync(join(DIST, 'index.html'), 'utf8');
		const provinces = content.regions.filter((r) => !r.data.parent && inRegion(r.id).length > 0);
		for (const page of [html, ...provinces.map((p) => provincePage(p.id) ?? '')]) {
			for (const tag of scripts(page)) expect(scripts(home)).toContain(tag);
		}
	});
});

describe('the chart of a domain page', () => {
	it('draws the cities with the most practices of the domain, at most as many as /insights/ lists, with their counts', () => {
		for (const domain of content.domains) {
			const page = readFileSync(join(DIST, 'domains', domain.id, 'index.html'), 'utf8');
			const ofDomain = practices.filter((p) => p.data.domains.includes(domain.id));
			// The city of a practice: the region one below its province, or the province itself.
			const city = (p: PracticeEntry) => regionById(lineage(p.data.region).at(-2) ?? lineage(p.data.region).at(-1) ?? '')?.data.fullName ?? '';
			const all = tally(ofDomain.map(city));
			if (all.size === 0) continue;
			const drawn = bars('region-chart', page);
			expect(drawn.size, domain.id).toBe(Math.min(CITIES_SHOWN, all.size));
			for (const [name, count] of drawn) expect(count, `${domain.id} ${name}`).toBe(all.get(name));
			const fewestDrawn = Math.min(...drawn.values());
			for (const [name, count] of all) if (!drawn.has(name)) expect(count, name).toBeLessThanOrEqual(fewestDrawn);
		}
	});
});

describe('the key figures compared on /insights/figures/', () => {
	it('shows only figures that the content states, with their practice', () => {
		const rows = [...figuresHtml.matchAll(/<tr data-practice="([^"]+)" data-value="([^"]+)"/g)];
		expect(rows.length).toBeGreaterThan(0);
		for (const [, id = '', value = ''] of rows) {
			const practice = practices.find((p) => p.id === id);
			expect(practice, id).toBeDefined();
			expect(
				practice?.data.keyFigures.map((f) => f.value),
				id,
			).toContain(Number(value));
		}
	});

	it('compares the rates of mediation and of court appearance across practices', () => {
		const rate = (words: string[]) =>
			practices.flatMap((p) => p.data.keyFigures.filter((f) => words.some((w) => f.label.includes(w))).map((f) => [p.id, f.value]));
		for (const [id, value] of [...rate(['调解成功率', '化解率']), ...rate(['出庭应诉率'])]) {
			expect(figuresHtml).toContain(`<tr data-practice="${id}" data-value="${value}"`);
		}
	});
});
