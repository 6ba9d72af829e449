/**
 * Looking entries up by the ids other entries name them by, for `buildLibrary`. The library is built
 * only from content that passed the integrity check (`src/lib/rules/references.ts`), so an id that
 * names nothing here is a bug in the build, not a content problem: it stops the build at once,
 * saying which reference it was, rather than leaving a gap on a page.
 */

/** A reference to an entry that does not exist. */
export class MissingReferenceError extends Error {
	constructor(what: string, id: string, referrer: string) {
		super(`${referrer} 指向的${what}“${id}”不存在。buildLibrary 只接受通过完整性检查的内容（npm run check）。`);
		this.name = 'MissingReferenceError';
	}
}

/**
 * Looks entries up by id. `what` names the kind of entry in the error (地区, 来源报告…); `referrer`
 * names the reference being resolved, e.g. “案例 jingyue-tongban 的 sources[0].report”.
 */
export type Resolve<E> = (id: string, referrer: string) => E;

/** A lookup over the given entries that throws `MissingReferenceError` on an id none of them has. */
export function resolverOf<E extends { id: string }>(entries: Iterable<E>, what: string): Resolve<E> {
	const byId = new Map<string, E>();
	for (const entry of entries) byId.set(entry.id, entry);
	return (id, referrer) => {
		const entry = byId.get(id);
		if (!entry) throw new MissingReferenceError(what, id, referrer);
		return entry;
	};
}
