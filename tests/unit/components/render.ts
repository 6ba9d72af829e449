/**
 * Renders an Astro component on its own with Astro's Container API and hands back the HTML as a
 * DOM document, so component tests assert on elements and text, not on the markup's spelling.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';

type Component = Parameters<AstroContainer['renderToString']>[0];

/** The origin `Astro.site` gives components (canonical and publisher URLs). */
export const SITE = 'https://example.org';

const container = await AstroContainer.create({ astroConfig: { site: SITE } });

/** The component rendered with these props, as a document whose body holds its HTML. */
export async function render(component: Component, props: Record<string, unknown>): Promise<Document> {
	const html = await container.renderToString(component, { props });
	return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

/** The text of an element with its runs of white space collapsed, as a reader sees it. */
export const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
