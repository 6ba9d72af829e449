import type { AstroIntegration } from 'astro';

/**
 * The cascade layers of every stylesheet, in their order (later wins):
 * - `tokens`: design tokens (src/styles/tokens.css);
 * - `base`, `layout`: elements and page frame (src/styles/global.css);
 * - `components`: components' styles and site-wide ones such as the handout toggle;
 * - `page`: pages' styles (src/pages/, src/portal/pages/). After components, so that a page that
 *   adjusts a component it places wins whatever the specificity or the order of the stylesheets;
 * - `utilities`: single-purpose classes, after pages, so that they still have the last word;
 * - `print`: the print sheet (src/styles/print.css), last, so that on paper it beats every other.
 */
export const LAYERS = ['tokens', 'base', 'layout', 'components', 'page', 'utilities', 'print'] as const;

const STATEMENT = `@layer ${LAYERS.join(', ')};\n`;

/** A stylesheet module (`x.css`, an `.astro` file's `<style>` as `…&lang.css`), not one imported as a string or URL. */
const STYLESHEET = /\.css(?:$|\?(?!.*\b(?:raw|url|inline)\b))/;

/**
 * States the layer order at the top of every stylesheet. The first stylesheet that names the
 * layers fixes their order, and Astro links a page's stylesheets in an order of its own (any
 * component's may come first): stated in each, the order holds whichever comes first, and costs no
 * request of its own. It is added before the build bundles, hashes and minifies, so a changed order
 * changes the files' names, and the minifier keeps one statement per file.
 */
export function layerOrder(): AstroIntegration {
	return {
		name: 'fazhi/layer-order',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'fazhi:layer-order',
								enforce: 'pre',
								transform: (code: string, id: string) => (STYLESHEET.test(id) ? { code: STATEMENT + code, map: null } : undefined),
							},
						],
					},
				});
			},
		},
	};
}
