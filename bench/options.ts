/** The benchmark's command line: `tsx bench/run.ts [--no-build] [--n 1000,5000] [--page /] [--out file]`. */
import { parseArgs } from 'node:util';

export const DEFAULT_NS: readonly number[] = [1000, 10000, 100000];
export const DEFAULT_PAGE = '/lab/scale';
export const DEFAULT_OUT = 'bench/results.json';

export interface Options {
	/** Run `npm run build` before serving; `--no-build` serves the existing build/. */
	build: boolean;
	/** Event counts to measure, in order. */
	ns: number[];
	/** The page that renders the timeline over n generated events; `/` only to try the harness. */
	page: string;
	/** Where results.json goes, relative to the working directory. */
	out: string;
	help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --no-build        serve the existing build/ instead of running npm run build first
  --n 1000,5000     event counts to measure (default ${DEFAULT_NS.join(',')})
  --page /          page to measure (default ${DEFAULT_PAGE}); with any other page the
                    first-render mark may be missing and n is only a label
  --out file        where to write the results (default ${DEFAULT_OUT})
  --help            show this text`;

export function parseNs(text: string): number[] {
	const ns = text.split(',').map((part) => part.trim());
	if (ns.some((part) => !/^[1-9]\d*$/.test(part))) {
		throw new Error(`--n takes positive whole numbers separated by commas, not "${text}"`);
	}
	return ns.map(Number);
}

export function parseOptions(argv: readonly string[]): Options {
	const { values } = parseArgs({
		args: [...argv],
		strict: true,
		allowPositionals: false,
		options: {
			'no-build': { type: 'boolean', default: false },
			n: { type: 'string' },
			page: { type: 'string', default: DEFAULT_PAGE },
			out: { type: 'string', default: DEFAULT_OUT },
			help: { type: 'boolean', default: false }
		}
	});
	const page = values.page;
	if (!page.startsWith('/')) throw new Error(`--page takes a path starting with /, not "${page}"`);
	return {
		build: !values['no-build'],
		ns: values.n === undefined ? [...DEFAULT_NS] : parseNs(values.n),
		page,
		out: values.out,
		help: values.help
	};
}
