/**
 * `npm run bench`: builds the site, serves it on 127.0.0.1:4174, measures the timeline over
 * n generated events in Chromium, writes bench/results.json and prints it with the targets.
 * Exits non-zero only when the benchmark cannot run; a missed target is a result, not an error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from './browser';
import { measureJsGzip, measureRun } from './measure';
import { DEFAULT_PAGE, USAGE, parseOptions } from './options';
import {
	checkTargets,
	describeSteps,
	formatChecks,
	formatTable,
	resultsJson,
	round1,
	type Results,
	type RunResult
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
	const markRequired = options.page === DEFAULT_PAGE;
	if (!markRequired) log(`measuring ${options.page}: n is only a label, the mark may be missing`);

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

	const runs: RunResult[] = [];
	for (const n of options.ns) {
		log(`n=${n}: ${options.page}?n=${n}&seed=1`);
		const run = await measureRun(browser, server.origin, n, options.page, markRequired);
		for (const line of describeSteps(run.steps, run.idle)) log(`n=${n}: ${line}`);
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
