import type { APIRoute } from 'astro';
import { getLibrary } from '../content.ts';
import { memberBaseUrl, memberId, memberName } from '../federation-config.ts';
import { ui } from '../i18n/zh-CN.ts';
import { memberManifest } from '../lib/federation/manifest.ts';
import { jsonResponse } from '../lib/open-data.ts';

/** This library as a federation member: what a portal needs to find its search index and open data. */
export const GET: APIRoute = async () =>
	jsonResponse(memberManifest(await getLibrary(), { id: memberId, name: memberName ?? ui.site.name, baseUrl: memberBaseUrl }));
