/**
 * The per-practice download files (citations, open-data record) are written by a build step from
 * one bundle route, not by a route each. Checked against the site built by `npm run build` and
 * against `data/practices.json`, which a separate route renders from the same records.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS_BUNDLE } from '../../src/lib/practice-downloads.ts';

const dist = 'dist';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const library = JSON.parse(read('data/practices.json')) as { practices: { id: string; url: string; title: string }[] };

describe('per-practice download files', () => {
	it('leaves no bundle behind in the output', () => {
		expect(existsSync(join(dist, DOWNLOADS_BUNDLE))).toBe(false);
	});

	it('gives each published practice exactly its own open-data record, laid out like the library file', () => {
		for (const record of library.practices) {
			expect(read(`data/practices/${record.id}.json`), record.id).toBe(`${JSON.stringify(record, null, 2)}\n`);
		}
		// Drafts and removed practices get no file.
		expect(readdirSync(join(dist, 'data/practices')).sort()).toEqual(library.practices.map((p) => `${p.id}.json`).sort());
	});

	it('gives each published practice RIS, BibTeX and CSL-JSON citing its own permalink first', () => {
		for (const { id, url, title } of library.practices) {
			const ris = read(`practices/${id}/cite.ris`);
			// RIS lines end in CR LF, as reference managers expect.
			expect(ris.startsWith('TY  - ELEC\r\n'), id).toBe(true);
			expect(ris).toContain(`\r\nUR  - ${url}\r\n`);
			expect(ris).toContain(`\r\nTI  - ${title}\r\n`);
			const bib = read(`practices/${id}/cite.bib`);
			expect(bib.startsWith(`@online{fazhi-anli:practice:${id},`), id).toBe(true);
			expect(bib).toContain(`url = {${url}}`);
			const csl = JSON.parse(read(`practices/${id}/cite.json`)) as { id: string; URL?: string; title: string }[];
			expect(csl[0]).toMatchObject({ id: `fazhi-anli:practice:${id}`, URL: url, title });
			expect(csl.length, id).toBeGreaterThan(1);
		}
	});
});
