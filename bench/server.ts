/**
 * Builds the site and serves build/ with `vite preview` on 127.0.0.1:4174, or on `BENCH_PORT`
 * (npm start uses 4173, the browser tests 4183).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';

export const HOST = '127.0.0.1';
export const DEFAULT_PORT = 4174;

/** The port to serve on: `BENCH_PORT` when set, so two benchmarks can run side by side. */
export function benchPort(env: NodeJS.ProcessEnv = process.env): number {
	const text = env.BENCH_PORT;
	if (text === undefined || text === '') return DEFAULT_PORT;
	const port = Number(text);
	if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
		throw new Error(`BENCH_PORT must be a port number from 1 to 65535, not "${text}"`);
	}
	return port;
}

export const PORT = benchPort();
export const ORIGIN = `http://${HOST}:${PORT}`;

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/** `npm run build`, its output on stderr so stdout keeps only the results. */
export function buildSite(): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
		child.on('error', fail);
		child.on('exit', (code, signal) =>
			code === 0 ? done() : fail(new Error(`npm run build failed (${signal ?? `exit ${code}`})`))
		);
	});
}

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
	return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
	if (exited(child)) return Promise.resolve(true);
	return new Promise((done) => {
		const timer = setTimeout(() => done(false), timeoutMs);
		child.once('exit', () => {
			clearTimeout(timer);
			done(true);
		});
	});
}

/** Whether something already listens on the port, which would answer in vite's place. */
function portTaken(): Promise<boolean> {
	return new Promise((done) => {
		const socket = connect({ host: HOST, port: PORT });
		socket.once('connect', () => {
			socket.destroy();
			done(true);
		});
		socket.once('error', () => done(false));
	});
}

/** Starts `vite preview` and resolves once it answers; rejects if it exits or stays silent. */
export async function startPreview(): Promise<PreviewServer> {
	if (!existsSync('build/index.html')) {
		throw new Error('build/ is missing: run without --no-build, or npm run build first');
	}
	if (await portTaken()) throw new Error(`port ${PORT} is taken: is another bench running?`);
	const vite = resolve('node_modules/.bin/vite');
	const args = ['preview', '--host', HOST, '--port', String(PORT), '--strictPort'];
	const child = spawn(vite, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let spawnError: Error | undefined;
	child.on('error', (error) => (spawnError = error));

	const stop = async () => {
		if (exited(child)) return;
		child.kill('SIGTERM');
		if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
			child.kill('SIGKILL');
			await waitForExit(child, STOP_TIMEOUT_MS);
		}
	};

	const deadline = Date.now() + READY_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (spawnError) throw spawnError;
		if (exited(child)) {
			throw new Error(`vite preview exited before answering (is port ${PORT} taken?)\n${output}`);
		}
		try {
			const response = await fetch(`${ORIGIN}/`);
			await response.arrayBuffer();
			if (response.ok && !exited(child)) return { origin: ORIGIN, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	await stop();
	throw new Error(
		`vite preview did not answer on ${ORIGIN} within ${READY_TIMEOUT_MS} ms\n${output}`
	);
}
