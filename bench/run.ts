/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1:4174, measures in Chromium an empty
 * page (the floor), `/` with the real data and the timeline over n generated events, writes
 * bench/results.json and prints it with the targets.
 * Exits non-zero only when the benchmark cannot run; a missed target is a result, not an error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from './browser';
import { measureJsGzip, measurePhoneRun, measureRun, type Row } from './measure';
import { USAGE, parseOptions } from './options';
import {
	checkTargets,
	describePhone,
	describeSteps,
	formatChecks,
	formatTable,
	resultsJson,
	ROW_PAGES,
	round1,
	type Results
} from './report';
import { buildSite, startPreview, type PreviewServer } from './server';

const log = (message: string) => console.error(`[bench] ${message}`);

let server: PreviewServer | undefined;
let browser: Browser | undefined;

async function cleanUp() {
	// The server first: stop() sends its signal synchronously, so the server goes even when tsx
	// cuts this process short after relaying a Ctrl-C.
	const stopping = server?.stop();
	server = undefined;
	await browser?.close().catch(() => {});
	browser = undefined;
	await stopping;
}

let interrupted = false;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		interrupted = true;
		log(`${signal}: stopping`);
		void cleanUp().finally(() => process.exit(130));
	});
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	if (options.help) {
		console.log(USAGE);
		return;
	}

	if (options.build) {
		log('npm run build');
		await buildSite();
	}
	server = await startPreview();
	log(`vite preview on ${server.origin}`);
	browser = await launchChromium();
	log(`Chromium ${browser.version()}`);

	// First, so that it also warms the browser up before any timed first render.
	const js = await measureJsGzip(browser, server.origin);
	log(`/ loads ${js.files} scripts, ${js.kb.toFixed(1)} KiB gzipped`);

	const rows: (Row | { kind: 'phone' })[] = options.rows.flatMap(
		(kind): (Row | { kind: 'phone' })[] =>
			kind === 'lab' ? options.ns.map((n) => ({ kind, n })) : [{ kind }]
	);
	const runs: Results['runs'] = [];
	for (const row of rows) {
		const label = row.kind === 'lab' ? `${ROW_PAGES.lab} n=${row.n}` : ROW_PAGES[row.kind];
		log(`${label}: measuring`);
		if (row.kind === 'phone') {
			const run = await measurePhoneRun(browser, server.origin);
			for (const line of describePhone(run)) log(`${label}: ${line}`);
			runs.push(run.result);
			continue;
		}
		const run = await measureRun(browser, server.origin, row);
		for (const line of describeSteps(run.steps, run.idle)) log(`${label}: ${line}`);
		runs.push(run.result);
	}

	const results: Results = { runs, jsGzipKB: round1(js.kb) };
	await mkdir(dirname(options.out), { recursive: true });
	await writeFile(options.out, resultsJson(results));
	log(`wrote ${options.out}`);

	console.log(formatTable(results));
	console.log();
	console.log(formatChecks(checkTargets(results)));
}

main()
	.catch((error: unknown) => {
		// Closing the browser on Ctrl-C fails whatever was waiting on it; that is no news.
		if (interrupted) return;
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	})
	.finally(cleanUp);
