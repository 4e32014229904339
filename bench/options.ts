/** The benchmark's command line: `tsx bench/run.ts [--no-build] [--rows floor,home,phone,lab] [--n 1000,5000] [--out file]`. */
import { parseArgs } from 'node:util';
import type { RowKind } from './report';

export const DEFAULT_NS: readonly number[] = [1000, 10000, 100000];
export const ROW_KINDS: readonly RowKind[] = ['floor', 'home', 'phone', 'lab'];
export const DEFAULT_OUT = 'bench/results.json';

export interface Options {
	/** Run `npm run build` before serving; `--no-build` serves the existing build/. */
	build: boolean;
	/** Which rows to measure, in this order: the empty-page floor, `/`, `/` as a phone, the lab at each n. */
	rows: RowKind[];
	/** Event counts to generate on the lab, in order. */
	ns: number[];
	/** Where results.json goes, relative to the working directory. */
	out: string;
	help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --no-build           serve the existing build/ instead of running npm run build first
  --rows floor,home    which rows to measure (default ${ROW_KINDS.join(',')}):
                         floor  an empty page: what the harness and the input cost alone
                         home   / with the real data
                         phone  / at 390 × 844 with the CPU slowed 4×: Zoom in presses,
                                Ctrl + wheel steps and a drag
                         lab    /lab/scale at each --n
  --n 1000,5000        event counts for the lab (default ${DEFAULT_NS.join(',')})
  --out file           where to write the results (default ${DEFAULT_OUT})
  --help               show this text`;

export function parseNs(text: string): number[] {
	const ns = text.split(',').map((part) => part.trim());
	if (ns.some((part) => !/^[1-9]\d*$/.test(part))) {
		throw new Error(`--n takes positive whole numbers separated by commas, not "${text}"`);
	}
	return ns.map(Number);
}

export function parseRows(text: string): RowKind[] {
	const rows = text.split(',').map((part) => part.trim());
	const unknown = rows.filter((row) => !(ROW_KINDS as readonly string[]).includes(row));
	if (unknown.length > 0 || rows.length === 0) {
		throw new Error(`--rows takes ${ROW_KINDS.join(', ')} separated by commas, not "${text}"`);
	}
	// Always in the table's order, each once.
	return ROW_KINDS.filter((kind) => rows.includes(kind));
}

export function parseOptions(argv: readonly string[]): Options {
	const { values } = parseArgs({
		args: [...argv],
		strict: true,
		allowPositionals: false,
		options: {
			'no-build': { type: 'boolean', default: false },
			rows: { type: 'string' },
			n: { type: 'string' },
			out: { type: 'string', default: DEFAULT_OUT },
			help: { type: 'boolean', default: false }
		}
	});
	return {
		build: !values['no-build'],
		rows: values.rows === undefined ? [...ROW_KINDS] : parseRows(values.rows),
		ns: values.n === undefined ? [...DEFAULT_NS] : parseNs(values.n),
		out: values.out,
		help: values.help
	};
}
