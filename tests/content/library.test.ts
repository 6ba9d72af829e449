/**
 * The real library: it checks clean, every practice is sourced, and (where the source reports are
 * at hand, as in CI) every key figure's number appears in the report the practice cites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { readContent } from '../../scripts/lib/read-content.ts';
import { mentionsFigure } from '../../src/lib/figures.ts';

const { content, problems } = readContent(join(process.cwd(), 'content'), process.cwd());
const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');

describe('the real library', () => {
	it('has no content error', () => {
		expect(problems).toEqual([]);
		expect(checkContent(join(process.cwd(), 'content'), process.cwd()).filter((p) => p.severity === 'error')).toEqual([]);
	});

	it('has dozens of practices from all five reports, each with a known source', () => {
		expect(content.practices.length).toBeGreaterThanOrEqual(40);
		const reports = new Set(content.reports.map((r) => r.id));
		for (const practice of content.practices) {
			expect(practice.data.sources.length, practice.id).toBeGreaterThan(0);
			for (const source of practice.data.sources) expect(reports.has(source.report), `${practice.id} → ${source.report}`).toBe(true);
		}
		const cited = new Set(content.practices.flatMap((p) => p.data.sources.map((s) => s.report)));
		expect([...cited].sort()).toEqual([...reports].sort());
	});

	it('links every cross-province practice, and every flexible-enforcement practice, to the others', () => {
		for (const tag of ['跨省通办', '柔性执法']) {
			const group = content.practices.filter((p) => p.data.tags.includes(tag) && p.data.domains.includes(tag === '跨省通办' ? 'government-services' : 'law-enforcement'));
			expect(group.length, tag).toBeGreaterThanOrEqual(2);
			for (const practice of group) {
				const others = group.filter((p) => p.id !== practice.id).map((p) => p.id);
				expect(practice.data.related, `${practice.id} (${tag})`).toEqual(expect.arrayContaining(others));
			}
		}
	});

	it.skipIf(!existsSync(SEEDS))('states no key figure that its source report does not contain', () => {
		const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
		const regionName = new Map(content.regions.map((r) => [r.id, r.data.name.replace(/[市区县]$/, '')]));
		/** The seed text of a report: the one that names the report's region most often. */
		const seedOf = new Map(
			content.reports.map((report) => {
				const name = regionName.get(report.data.region) ?? report.id;
				const count = (text: string) => text.split(name).length - 1;
				return [report.id, [...seeds].sort((a, b) => count(b) - count(a))[0] ?? ''];
			}),
		);
		const unsupported = content.practices.flatMap((practice) =>
			practice.data.keyFigures
				.filter((figure) => !practice.data.sources.some((s) => mentionsFigure(seedOf.get(s.report) ?? '', figure.value)))
				.map((figure) => `${practice.id}: ${figure.label} ${figure.value}`),
		);
		expect(unsupported).toEqual([]);
	});
});
