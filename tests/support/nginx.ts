import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Debian's nginx, or the one on PATH; undefined when the machine has none. */
export function findNginx(): string | undefined {
	const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx'].filter((p): p is string => Boolean(p));
	const found = candidates.find((p) => existsSync(p));
	if (found) return found;
	const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
	return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

/** A port nobody listens on right now (the OS picks it; nginx binds it a moment later). */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	await new Promise<void>((done) => server.close(() => done()));
	if (!address || typeof address === 'string') throw new Error('no free port');
	return address.port;
}

export interface NginxSite {
	/** Origin plus base path, e.g. `http://127.0.0.1:41234/cases/`. */
	url: string;
	close: () => Promise<void>;
}

/**
 * Runs nginx as the current user in a temporary prefix, on a free local port, serving a built
 * folder with the configuration the build wrote into it (`nginx.conf`), the way the README tells a
 * server administrator to: the files placed at `<root>${base}`, the fragment included in `server { }`.
 */
export async function serveWithNginx(distDir: string, base: string): Promise<NginxSite> {
	const nginx = findNginx();
	if (!nginx) throw new Error('nginx is not installed');
	const prefix = mkdtempSync(join(tmpdir(), 'fazhi-nginx-'));
	const root = join(prefix, 'www');
	const siteDir = join(root, base);
	mkdirSync(dirname(siteDir.replace(/\/$/, '')), { recursive: true });
	if (base === '/') rmSync(root, { recursive: true, force: true });
	symlinkSync(resolve(distDir), siteDir.replace(/\/$/, ''));
	const port = await freePort();
	const temp = (name: string) => join(prefix, name);
	writeFileSync(
		temp('nginx.conf'),
		`daemon off;
master_process off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 64; }
http {
	access_log off;
	client_body_temp_path ${temp('body')};
	proxy_temp_path ${temp('proxy')};
	fastcgi_temp_path ${temp('fastcgi')};
	uwsgi_temp_path ${temp('uwsgi')};
	scgi_temp_path ${temp('scgi')};
	server {
		listen 127.0.0.1:${port};
		server_name localhost;
		root ${root};
		include ${join(resolve(distDir), 'nginx.conf')};
	}
}
`,
	);
	const child: ChildProcess = spawn(nginx, ['-p', prefix, '-e', temp('error.log'), '-c', temp('nginx.conf')], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}${base}`;
	await waitUntilServing(url, child, () => readLog(temp('error.log')));
	return {
		url,
		close: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((done) => child.once('exit', done));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}

const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (child.exitCode !== null) throw new Error(`nginx exited with status ${child.exitCode}:\n${log()}`);
		try {
			await fetch(url);
			return;
		} catch {
			await new Promise((done) => setTimeout(done, 50));
		}
	}
	child.kill('SIGTERM');
	throw new Error(`nginx did not answer at ${url}:\n${log()}`);
}
