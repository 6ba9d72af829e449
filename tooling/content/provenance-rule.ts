/**
 * Provenance as a checker rule: every key figure and honor is found in the section of the report
 * it cites, where the site keeps the report's text (src/lib/provenance.ts). A Node rule: it reads
 * the report texts from REPORT_TEXT_DIR.
 */
import type { ContentRule } from '../../src/lib/rules/index.ts';
import { checkProvenance } from '../../src/lib/provenance.ts';

export const provenanceRule: ContentRule = {
	name: '关键数据和荣誉出自所引章节',
	check: (content) => checkProvenance(content),
};
