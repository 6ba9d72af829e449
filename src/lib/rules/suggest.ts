/**
 * Up to three known ids close to a wrong one, as a hint: those containing it
 * (yueyang → hunan-yueyang) first, then those sharing the longest start with it (three letters or more).
 */
export function suggestIds(known: Iterable<string>, wrong: string): string {
	const shared = (id: string) => {
		if (id.includes(wrong)) return wrong.length + 100;
		let n = 0;
		while (n < id.length && id[n] === wrong[n]) n++;
		return n;
	};
	const close = [...known]
		.map((id) => ({ id, n: shared(id) }))
		.filter(({ n }) => n >= 3)
		.sort((a, b) => b.n - a.n || a.id.length - b.id.length || a.id.localeCompare(b.id))
		.slice(0, 3)
		.map(({ id }) => id);
	return close.length ? `是否应为 ${close.join('、')}？` : `可用的标识见对应文件夹中的文件名。`;
}
