import { describe, expect, it } from 'vitest';
import RelatedPractices from '../../../src/components/RelatedPractices.astro';
import { ui } from '../../../src/i18n/zh-CN.ts';
import { buildLibrary } from '../../../src/lib/library.ts';
import { contentSet } from '../helpers.ts';
import { render, text } from './render.ts';

describe('RelatedPractices', () => {
	it('lists the related practices as cards under their heading', async () => {
		const practice = buildLibrary(contentSet()).practiceById.get('luojiang-yehua');
		const section = (await render(RelatedPractices, { practice })).querySelector('section.related');
		expect(text(section?.querySelector('h2'))).toBe(ui.practice.related);
		const cards = [...(section?.querySelectorAll('article.card') ?? [])];
		expect(cards.map((card) => card.querySelector('.title a')?.getAttribute('href'))).toEqual(['/practices/jingyue-tongban/']);
		expect(text(cards[0]!.querySelector('.meta span'))).toBe('岳阳市');
	});

	it('renders nothing for a practice without related practices', async () => {
		const practice = buildLibrary(contentSet()).practiceById.get('jingyue-tongban');
		expect((await render(RelatedPractices, { practice })).body.children).toHaveLength(0);
	});

	it('renders nothing when the only related practice is an unpublished draft', async () => {
		const set = contentSet();
		set.practices[0]!.data.draft = true;
		const practice = buildLibrary(set).practiceById.get('luojiang-yehua');
		expect((await render(RelatedPractices, { practice })).querySelector('section')).toBeNull();
	});
});
