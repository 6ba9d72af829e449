/**
 * The real library, whatever its size: it passes every content rule, and (where the source reports
 * are at hand, as in CI) every key figure's number appears in the report the practice cites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../tooling/content/check.ts';
import { readContent } from '../../tooling/content/read.ts';
import { mentionsFigure } from '../../src/lib/figures.ts';

const { content, problems } = readContent(join(process.cwd(), 'content'), process.cwd());
const SEEDS = join(process.cwd(), '..', 'shared', 'seeds');

describe('the real library', () => {
	it('passes every content rule: schemas, references, figures, related groups, bodies', () => {
		// The rules (src/lib/rules/) are the ones `npm run check` and the build run; no rule lives here.
		expect(problems).toEqual([]);
		expect(checkContent(join(process.cwd(), 'content'), process.cwd()).filter((p) => p.severity === 'error')).toEqual([]);
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
