/**
 * Runs npm scripts side by side, as many at once as the machine has cores, and prints each
 * one's output whole when it ends, so that their logs never interleave. Once all have ended it
 * exits 1 if any failed: `node scripts/side-by-side.js check lint`.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** @param {string} script */
function run(script) {
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
		/** @type {Buffer[]} */
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			process.stdout.write(Buffer.concat(output));
			if (code !== 0) process.stdout.write(`npm run ${script} failed (exit code ${code})\n`);
			resolve(code === 0);
		});
	});
}

const waiting = process.argv.slice(2);
let failed = false;
async function worker() {
	for (let script = waiting.shift(); script; script = waiting.shift()) {
		if (!(await run(script))) failed = true;
	}
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), waiting.length) }, worker));
process.exit(failed ? 1 : 0);
