/**
 * Where the search index's shards live (see PAGES_PER_SHARD in src/integrations/pagefind.ts). Shard 0
 * is the Pagefind bundle itself, `pagefind/`; shard n > 0 is the bundle `pagefind/shards/n/`.
 * `pagefind/shards.json` lists the extra shards (`{"shards":["shards/1/"]}`, empty for one index), so
 * the browser knows what to merge without guessing.
 */
export const SEARCH_SHARDS_FILE = 'shards.json';

/** Path of shard `n` under a bundle folder path (`pagefind/`), with a trailing slash. */
export const shardPath = (bundle: string, n: number): string => (n === 0 ? bundle : `${bundle}shards/${n}/`);
