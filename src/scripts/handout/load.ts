/**
 * Gathers one practice for the handout from what the site already publishes: the open-data record
 * (`data/practices/<id>.json`) for the facts, and the practice page for its text and its citations,
 * which are formatted at build time by the same code as on the page (no citation code ships here).
 */
import type { Edition } from '../../lib/citation/gbt7714.ts';
import type { CitedPractice } from '../../lib/handout/references.ts';
import type { PracticeExport } from '../../schemas/export.ts';

export interface HandoutPractice {
	record: PracticeExport;
	/** The practice's own text (the page's `.prose`), detached from the page it came from. */
	body: Element;
	/** Citations of the page and its source report, per edition, access date set to `accessed`. */
	citations: Record<Edition, { page: string; report: string | undefined }>;
}

const EDITION_KEYS: Edition[] = ['2025', '2015'];

/** A citation paragraph's text with the access date put in (the page prints its own last change). */
function citationText(page: Document, id: string, accessed: string): string | undefined {
	const node = page.getElementById(id);
	if (!node) return undefined;
	for (const date of node.querySelectorAll('[data-cite-accessed]')) date.textContent = accessed;
	return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The practice with the given id, or undefined when the site has no such practice. */
export async function loadPractice(base: string, id: string, accessed: string): Promise<HandoutPractice | undefined> {
	const [data, html] = await Promise.all([
		fetch(`${base}data/practices/${id}.json`).then((r) => (r.ok ? (r.json() as Promise<PracticeExport>) : undefined)),
		fetch(`${base}practices/${id}/`).then((r) => (r.ok ? r.text() : undefined)),
	]);
	if (!data || !html) return undefined;
	const page = new DOMParser().parseFromString(html, 'text/html');
	const body = page.querySelector('article .prose');
	if (!body) return undefined;
	for (const unsafe of body.querySelectorAll('script, style, iframe, object')) unsafe.remove();
	const cite = (edition: Edition, key: 'page' | 'report') => citationText(page, `cite-${id}-${edition}-${key}`, accessed);
	const citations = Object.fromEntries(
		EDITION_KEYS.map((edition) => [edition, { page: cite(edition, 'page') ?? data.url, report: cite(edition, 'report') }]),
	) as HandoutPractice['citations'];
	return { record: data, body, citations };
}

/** What each practice cites in the given edition: its page, then its source report when it has one. */
export const citedPractices = (practices: readonly HandoutPractice[], edition: Edition): CitedPractice[] =>
	practices.map(({ record, citations }) => {
		const { page, report } = citations[edition];
		return { id: record.id, page, reports: report ? [report] : [] };
	});
