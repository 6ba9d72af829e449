import type { AstroIntegration } from 'astro';
import { previewBuild, SITE_URL_PLACEHOLDER, siteUrl, siteUrlIsPlaceholder } from '../site-config.ts';

const SET_IT = '部署时设置网站的公开地址，例如 SITE_URL=https://fazhi.example.gov.cn npm run build（见 README“部署到静态 CDN”）';

/**
 * A forgotten `SITE_URL` would ship canonical links, citations, the sitemap and the feed pointing
 * at the example domain. Every build that uses it says so, first and last; a deployment build
 * (any build but `npm run build:preview`) stops before doing any work.
 */
export function siteUrlGuard(): AstroIntegration {
	const warning = `没有设置 SITE_URL：规范链接、引文、站点地图和订阅都指向示例域名 ${SITE_URL_PLACEHOLDER}，这样的网站不能部署。${SET_IT}`;
	return {
		name: 'fazhi/site-url',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build') return;
				if (!/^https?:\/\/[^/]+/.test(siteUrl)) throw quietError(`SITE_URL“${siteUrl}”不是网址，应写成 https://域名（可带路径）`);
				if (!siteUrlIsPlaceholder) return;
				if (!previewBuild) throw quietError(`网站未生成：${warning}\n只在本机查看或测试时，用 npm run build:preview。`);
				logger.warn(warning);
			},
			'astro:build:done': ({ logger }) => {
				if (siteUrlIsPlaceholder) logger.warn(warning);
			},
		},
	};
}

/** An error about the command line, printed without a stack trace that would only distract. */
function quietError(message: string): Error {
	const error = new Error(message);
	error.stack = '';
	return error;
}
