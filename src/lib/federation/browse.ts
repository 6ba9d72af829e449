/**
 * Browse tables for the portal: for every region or domain, how many practices each member holds
 * there, computed from the members' open data when the portal is built.
 */

/** One row: a region or domain and each member's count (0 where it has none). */
export interface BrowseRow {
	id: string;
	name: string;
	counts: Record<string, number>;
}

interface MemberData {
	id: string;
	regions: { id: string; fullName: string; practices: number; code?: string | undefined }[];
	practices: { domains: { id: string; name: string }[] }[];
}

/** Regions with at least one practice in some member, ordered by administrative code then name. */
export function regionRows(members: MemberData[]): BrowseRow[] {
	const rows = new Map<string, BrowseRow & { code: string }>();
	for (const member of members) {
		for (const region of member.regions) {
			if (region.practices === 0) continue;
			const row = rows.get(region.id) ?? { id: region.id, name: region.fullName, code: region.code ?? '', counts: {} };
			row.counts[member.id] = region.practices;
			rows.set(region.id, row);
		}
	}
	return [...rows.values()]
		.sort((a, b) => a.code.localeCompare(b.code) || a.name.localeCompare(b.name, 'zh-CN'))
		.map(({ id, name, counts }) => ({ id, name, counts }));
}

/** Domains used by some member's practices, most practices first. */
export function domainRows(members: MemberData[]): BrowseRow[] {
	const rows = new Map<string, BrowseRow>();
	for (const member of members) {
		for (const practice of member.practices) {
			for (const domain of practice.domains) {
				const row = rows.get(domain.id) ?? { id: domain.id, name: domain.name, counts: {} };
				row.counts[member.id] = (row.counts[member.id] ?? 0) + 1;
				rows.set(domain.id, row);
			}
		}
	}
	const total = (row: BrowseRow): number => Object.values(row.counts).reduce((s, n) => s + n, 0);
	return [...rows.values()].sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name, 'zh-CN'));
}
