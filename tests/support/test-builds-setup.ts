/**
 * Global set-up of the projects that build sites: the folder of test builds is emptied before the
 * run (a stopped run leaves builds behind) and after it.
 */
import { rmSync } from 'node:fs';
import { TEST_BUILDS } from './build-site.ts';

const emptyTestBuilds = (): void => rmSync(TEST_BUILDS, { recursive: true, force: true });

export default function setup(): () => void {
	emptyTestBuilds();
	return emptyTestBuilds;
}
