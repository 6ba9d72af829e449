import { FEDERATION_SCHEMA_VERSION, type MemberManifest } from '../../schemas/federation.ts';
import { isoDate } from '../dates.ts';
import type { Library } from '../library.ts';

/** Where a member's search index and open data live, relative to its base URL. */
export const MEMBER_FILES = {
	manifest: 'federation.json',
	search: 'pagefind/',
	practices: 'data/practices.json',
	regions: 'data/regions.json',
} as const;

/**
 * The manifest a library publishes as a federation member. Its date is the newest content date
 * (publication or update of a practice), never the build's clock, so two builds of the same
 * content stay byte-identical.
 */
export function memberManifest(library: Pick<Library, 'practices'>, member: { id: string; name: string; baseUrl: string }): MemberManifest {
	const newest = library.practices.reduce<Date | undefined>((max, p) => (!max || p.lastChanged > max ? p.lastChanged : max), undefined);
	// Ids in code-unit order (the default order of sort()), not in any locale's.
	const regions = [...new Set(library.practices.map((p) => p.region))].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return {
		schemaVersion: FEDERATION_SCHEMA_VERSION,
		id: member.id,
		name: member.name,
		baseUrl: member.baseUrl,
		builtFrom: isoDate(newest ?? new Date(0)),
		practices: library.practices.length,
		regions: regions.map((r) => ({ id: r.id, name: r.data.name, fullName: r.data.fullName })),
		search: MEMBER_FILES.search,
		data: { practices: MEMBER_FILES.practices, regions: MEMBER_FILES.regions },
	};
}
