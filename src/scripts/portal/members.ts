/**
 * Joins the member libraries' Pagefind indexes into one search with Pagefind's own `mergeIndex`.
 * Each member is first asked for its manifest; members that do not answer are reported and left out,
 * so one member's outage never stops the others' results. Pagefind's script and WebAssembly come from
 * the first member that answers; the other indexes are merged into it and share that WebAssembly.
 */
import { EXCERPT_LENGTH, SEARCH_RANKING } from '../../lib/search-ranking.ts';
import { PAGEFIND_THREAD, type PagefindSearch } from '../pagefind.ts';

/** A member as the portal page knows it (from the portal's build). */
export interface PortalMemberRef {
	id: string;
	name: string;
	/** Base URL of the member library, ending in `/` (absolute or root-relative). */
	url: string;
}

/** The part of Pagefind's instance API the portal uses. */
export interface PagefindInstance {
	init: () => Promise<void>;
	destroy: () => Promise<void>;
	mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (query: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

export interface Federation {
	search: PagefindInstance;
	available: PortalMemberRef[];
	unavailable: PortalMemberRef[];
}

/** How long a member may take to send its manifest before it counts as unreachable. */
const MANIFEST_TIMEOUT_MS = 8000;

/** The filter Pagefind adds to every result of a member (`mergeFilter`), so results can be narrowed by member. */
export const MEMBER_FILTER = 'member';

const indexOptions = (member: PortalMemberRef): Record<string, unknown> => ({
	baseUrl: member.url,
	excerptLength: EXCERPT_LENGTH,
	ranking: SEARCH_RANKING,
	...PAGEFIND_THREAD,
	mergeFilter: { [MEMBER_FILTER]: member.id },
});

async function answers(member: PortalMemberRef): Promise<boolean> {
	try {
		const response = await fetch(`${member.url}federation.json`, { signal: AbortSignal.timeout(MANIFEST_TIMEOUT_MS) });
		return response.ok;
	} catch {
		return false;
	}
}

async function join(members: PortalMemberRef[]): Promise<{ search: PagefindInstance; failed: PortalMemberRef[] }> {
	const [first, ...rest] = members;
	if (!first) throw new Error('no member can be reached');
	const pagefind: { createInstance: (options: Record<string, unknown>) => PagefindInstance } = await import(
		/* @vite-ignore */ `${first.url}pagefind/pagefind.js`
	);
	const search = pagefind.createInstance({ basePath: `${first.url}pagefind/`, ...indexOptions(first) });
	await search.init();
	const merged = await Promise.allSettled(rest.map((member) => search.mergeIndex(`${member.url}pagefind/`, indexOptions(member))));
	const failed = rest.filter((_, i) => merged[i]?.status === 'rejected');
	return { search, failed };
}

let loaded: Promise<Federation> | undefined;

/** One search over every reachable member, set up once per page. */
export function loadFederation(members: PortalMemberRef[]): Promise<Federation> {
	loaded ??= (async () => {
		const reachable = await Promise.all(members.map(answers));
		let available = members.filter((_, i) => reachable[i]);
		let joined = await join(available);
		// A member whose manifest answered but whose index failed would break every search that
		// includes it (Pagefind keeps the failed index); start again without it.
		if (joined.failed.length > 0) {
			await joined.search.destroy();
			available = available.filter((m) => !joined.failed.includes(m));
			joined = await join(available);
		}
		return { search: joined.search, available, unavailable: members.filter((m) => !available.includes(m)) };
	})();
	return loaded;
}

/** The member a result URL belongs to (the longest matching base URL) and the practice id in it. */
export function locateResult(url: string, members: PortalMemberRef[]): { member: PortalMemberRef; id: string } | undefined {
	const absolute = new URL(url, location.href).href;
	const member = members.filter((m) => absolute.startsWith(new URL(m.url, location.href).href)).sort((a, b) => b.url.length - a.url.length)[0];
	const id = /\/practices\/([^/]+)\/?(?:[?#].*)?$/.exec(absolute)?.[1];
	return member && id ? { member, id: decodeURIComponent(id) } : undefined;
}
