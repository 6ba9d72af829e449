/**
 * The checker's rules: every pure content rule (src/lib/rules/) plus the rules that need Node, for
 * instance to read a file besides the content set (the context carries `contentRoot`). To add a
 * rule, export a `ContentRule` from its own module and add it to this list; `npm run check`, the
 * build's loaders and the tests then all apply it.
 */
import { CONTENT_RULES, type ContentRule } from '../../src/lib/rules/index.ts';
import { provenanceRule } from './provenance-rule.ts';

export const CHECKER_RULES: readonly ContentRule[] = [...CONTENT_RULES, provenanceRule];
