import { execFileSync, spawnSync } from 'node:child_process';

/** Whether a command is installed (CI installs poppler's pdftotext and LibreOffice; elsewhere tests that need them skip). */
export const hasCommand = (command: string): boolean => spawnSync('which', [command]).status === 0;

/** Text of a PDF, pages separated by form feeds (poppler's pdftotext). */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
