import { FEDERATION_SCHEMA_VERSION, type MemberManifest } from '../../schemas/federation.ts';
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
export function memberManifest(library: Library, member: { id: string; name: string; baseUrl: string }): MemberManifest {
	const dates = library.practices.flatMap((p) => [p.data.published, ...(p.data.updated ? [p.data.updated] : [])]);
	const newest = dates.reduce<Date | undefined>((max, d) => (!max || d > max ? d : max), undefined);
	const regionIds = [...new Set(library.practices.map((p) => p.data.region))].sort();
	return {
		schemaVersion: FEDERATION_SCHEMA_VERSION,
		id: member.id,
		name: member.name,
		baseUrl: member.baseUrl,
		builtFrom: (newest ?? new Date(0)).toISOString().slice(0, 10),
		practices: library.practices.length,
		regions: regionIds.map((id) => {
			const region = library.regions.get(id);
			return { id, name: region?.data.name ?? id, fullName: region?.data.fullName ?? id };
		}),
		search: MEMBER_FILES.search,
		data: { practices: MEMBER_FILES.practices, regions: MEMBER_FILES.regions },
	};
}
