import { describe, expect, it } from 'vitest';
import { findLosses } from '../../src/lib/completeness.ts';
import { CSV_COLUMNS, csvField, practiceExport, toCsv } from '../../src/lib/export.ts';
import { escapeXml, rss } from '../../src/lib/feed.ts';
import { buildLibrary } from '../../src/lib/library.ts';
import { practiceExportSchema } from '../../src/schemas/export.ts';
import { contentSet } from './helpers.ts';

/** A minimal RFC 4180 reader, to check that what the export writes reads back the same. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

describe('open data export', () => {
	const library = buildLibrary(contentSet());
	const records = library.practices.map((p) => practiceExport(p, `https://example.org/practices/${p.id}/`));

	it('resolves names, keeps figures as the report writes them, and validates against its own schema', () => {
		const record = records.find((r) => r.id === 'jingyue-tongban')!;
		expect(Object.keys(record)).toEqual([
			'id',
			'url',
			'title',
			'summary',
			'region',
			'partners',
			'years',
			'domains',
			'tags',
			'aliases',
			'solves',
			'honors',
			'keyFigures',
			'sources',
			'related',
			'published',
		]);
		expect(record.region).toEqual({ id: 'hunan-yueyang', name: '岳阳市', fullName: '岳阳市' });
		expect(record.keyFigures).toEqual([{ label: '跨省通办事项', value: 186, unit: '项', text: '186项', year: 2023 }]);
		expect(record.sources).toEqual([{ report: 'yueyang-2023', title: '法治政府建设', yearCovered: 2023, section: '【“放管服”改革】' }]);
		for (const r of records) expect(practiceExportSchema.parse(r)).toEqual(r);
		expect(JSON.parse(JSON.stringify(records))).toEqual(records);
	});

	it('writes CSV with a BOM, a fixed column order and every practice, and reads back the same', () => {
		const csv = toCsv(records);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = parseCsv(csv.slice(1));
		expect(rows[0]).toEqual(CSV_COLUMNS.map(([header]) => header));
		expect(rows.slice(1).map((r) => r[0])).toEqual(records.map((r) => r.id));
		expect(rows[1]).toEqual(CSV_COLUMNS.map(([, value]) => String(value(records[0]!))));
	});

	it('quotes fields with commas, quotes and line breaks', () => {
		expect(csvField('普通')).toBe('普通');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('他说"好"')).toBe('"他说""好"""');
		expect(parseCsv(`${csvField('一\r\n二')},x\r\n`)).toEqual([['一\r\n二', 'x']]);
	});

	it('neutralises text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
		expect(csvField('=HYPERLINK("http://x","点我")')).toBe('"\'=HYPERLINK(""http://x"",""点我"")"');
		expect(csvField('+86 电话')).toBe("'+86 电话");
		expect(csvField('-1 项')).toBe("'-1 项");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\t=1+1')).toBe("'\t=1+1");
		expect(csvField('一=二')).toBe('一=二');
		expect(csvField(-5)).toBe('-5');
		const hostile = { ...records[0]!, title: '=cmd|" /C calc"!A0', summary: '@SUM(1,2)' };
		const [, row] = parseCsv(toCsv([hostile]).slice(1));
		expect(row?.[1]).toBe('\'=cmd|" /C calc"!A0');
		expect(row?.[2]).toBe("'@SUM(1,2)");
	});
});

describe('feed', () => {
	it('escapes text and gives RFC 822 dates', () => {
		const xml = rss({
			title: '库 & 站',
			description: 'd',
			url: 'https://e.org/',
			feedUrl: 'https://e.org/rss.xml',
			items: [{ title: '</title><script>', url: 'https://e.org/p/', summary: '"引号"', published: new Date('2026-11-01'), categories: ['执法'] }],
		});
		expect(xml).toContain('<title>库 &amp; 站</title>');
		expect(xml).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>');
		expect(xml).toContain('<pubDate>Sun, 01 Nov 2026 00:00:00 GMT</pubDate>');
		expect(escapeXml(`'`)).toBe('&apos;');
	});
});

describe('nothing-lost check', () => {
	const urls = { indexed: (id: string) => `/practices/${id}/`, absolute: (id: string) => `https://e.org/practices/${id}/` };
	const complete = {
		pages: new Set(['a', 'b']),
		indexed: new Set(['/practices/a/', '/practices/b/']),
		sitemap: new Set(['https://e.org/practices/a/', 'https://e.org/practices/b/']),
		exported: new Set(['a', 'b']),
	};

	it('passes when every practice is everywhere', () => {
		expect(findLosses(['a', 'b'], complete, urls)).toEqual([]);
	});

	it('names each practice and each place it is missing from', () => {
		expect(findLosses(['a', 'b', 'c'], { ...complete, indexed: new Set(['/practices/a/']), exported: new Set(['a']) }, urls)).toEqual([
			'案例 b（content/practices/b.*）没有出现在：搜索索引、开放数据',
			'案例 c（content/practices/c.*）没有出现在：案例页、搜索索引、站点地图、开放数据',
		]);
		expect(findLosses(['a'], complete, urls)).toEqual(['practices/b/ 没有对应的内容文件']);
	});
});
