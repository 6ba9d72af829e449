import { describe, expect, it } from 'vitest';
import PracticeCard from '../../../src/components/PracticeCard.astro';
import { ui } from '../../../src/i18n/zh-CN.ts';
import { buildLibrary } from '../../../src/lib/library.ts';
import { contentSet } from '../helpers.ts';
import { render, text } from './render.ts';

describe('PracticeCard', () => {
	const library = buildLibrary(contentSet());
	const practice = library.practiceById.get('jingyue-tongban')!;

	it('links the title and shows region, years and domain names from the view', async () => {
		const doc = await render(PracticeCard, { practice });
		const link = doc.querySelector('article.card h3.title a');
		expect(link?.getAttribute('href')).toBe('/practices/jingyue-tongban/');
		expect(text(link)).toBe('荆岳通办 跨省服务联盟');
		expect([...doc.querySelectorAll('.meta span')].map(text)).toEqual(['岳阳市', '2023年', '政务服务']);
		expect(text(doc.querySelector('.summary'))).toBe(practice.data.summary);
	});

	it('joins several domains and years', async () => {
		const set = contentSet();
		set.practices[0]!.data.domains = ['government-services', 'dispute-resolution'];
		set.practices[0]!.data.years = [2022, 2023];
		const doc = await render(PracticeCard, { practice: buildLibrary(set).practiceById.get('jingyue-tongban') });
		expect([...doc.querySelectorAll('.meta span')].map(text)).toEqual(['岳阳市', '2022、2023年', '政务服务 · 矛盾纠纷化解']);
	});

	it('titles the card at the heading level asked for', async () => {
		const doc = await render(PracticeCard, { practice, headingLevel: 2 });
		expect(doc.querySelector('h2.title a')?.getAttribute('href')).toBe('/practices/jingyue-tongban/');
		expect(doc.querySelector('h3')).toBeNull();
	});

	it('lists honors and key figures only with details', async () => {
		expect((await render(PracticeCard, { practice })).querySelector('.credits')).toBeNull();
		const doc = await render(PracticeCard, { practice, details: true });
		expect([...doc.querySelectorAll('.credits dt')].map(text)).toEqual([ui.practice.honors, ui.practice.keyFigures]);
		expect([...doc.querySelectorAll('.credits li')].map(text)).toEqual(['入选某典型案例（国家级，2023年）', '跨省通办事项：186项（2023年）']);
	});

	it('carries a hidden handout toggle named after the practice', async () => {
		const toggle = (await render(PracticeCard, { practice })).querySelector('button.handout-toggle');
		expect(toggle?.getAttribute('data-handout-id')).toBe('jingyue-tongban');
		expect(toggle?.hasAttribute('hidden')).toBe(true);
	});
});
