/**
 * `npm run lighthouse`: builds the site, serves it on 127.0.0.1:4174 and scores `/` and a
 * statement page with Lighthouse in Debian's Chromium, as a phone (Lighthouse's default: slow
 * 4G and a 4× slower CPU, simulated) and as a desktop. Each page is scored several times in a
 * fresh browser and the median kept. Writes bench/lighthouse.json, prints the table and exits 1
 * when a score is under its target.
 */
import { readdir, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import {
	CATEGORIES,
	FORM_FACTORS,
	formatMisses,
	formatTable,
	missedTargets,
	readRun,
	summarisePage,
	type FormFactor,
	type LighthouseRun,
	type PageResult
} from './lighthouse-report';
import { buildSite, startPreview, type PreviewServer } from './server';

const USAGE = `Usage: npm run lighthouse -- [options]

  --no-build        score the existing build/ instead of running npm run build first
  --runs 5          runs per page and form factor; the median is kept (default 5)
  --form both       mobile, desktop or both (default both)
  --out file        where to write the results (default bench/lighthouse.json)
  --help            show this text`;

const log = (message: string) => console.error(`[lighthouse] ${message}`);

function parseOptions(argv: string[]) {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			'no-build': { type: 'boolean', default: false },
			runs: { type: 'string', default: '5' },
			form: { type: 'string', default: 'both' },
			out: { type: 'string', default: 'bench/lighthouse.json' },
			help: { type: 'boolean', default: false }
		}
	});
	if (!/^[1-9]\d*$/.test(values.runs)) {
		throw new Error(`--runs takes a positive whole number, not "${values.runs}"`);
	}
	const forms: FormFactor[] =
		values.form === 'both'
			? [...FORM_FACTORS]
			: FORM_FACTORS.includes(values.form as FormFactor)
				? [values.form as FormFactor]
				: [];
	if (forms.length === 0)
		throw new Error(`--form takes mobile, desktop or both, not "${values.form}"`);
	return {
		build: !values['no-build'],
		runs: Number(values.runs),
		forms,
		out: values.out,
		help: values.help
	};
}

/** `/` and the first statement's reader page, as prerendered into build/. */
async function pagesToScore(): Promise<string[]> {
	const files = (await readdir('build/statements')).filter((f) => f.endsWith('.html')).sort();
	const first = files[0];
	if (!first) throw new Error('build/statements/ holds no statement page');
	return ['/', `/statements/${first.replace(/\.html$/, '')}`];
}

async function scoreOnce(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', '--disable-dev-shm-usage', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
		return readRun(lhr);
	} finally {
		await chrome.kill();
	}
}

let server: PreviewServer | undefined;

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

	const results: PageResult[] = [];
	for (const path of await pagesToScore()) {
		for (const formFactor of options.forms) {
			const runs: LighthouseRun[] = [];
			for (let i = 1; i <= options.runs; i++) {
				const run = await scoreOnce(`${server.origin}${path}`, formFactor);
				const scores = CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ');
				const cpu = run.benchmarkIndex === undefined ? '' : ` (CPU index ${run.benchmarkIndex})`;
				log(`${path} (${formFactor}) run ${i}/${options.runs}: ${scores}${cpu}`);
				runs.push(run);
			}
			results.push(summarisePage(path, formFactor, runs));
		}
	}

	await mkdir(dirname(options.out), { recursive: true });
	await writeFile(options.out, `${JSON.stringify(results, null, '\t')}\n`);
	log(`wrote ${options.out}`);
	console.log(formatTable(results));
	console.log();
	const misses = missedTargets(results);
	console.log(formatMisses(misses));
	if (misses.length > 0) process.exitCode = 1;
}

main()
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	})
	.finally(() => server?.stop());
