/**
 * `npm run validate`: checks every statement and event file and prints each problem on one
 * line as `<file>: <id>: <field>: <reason>`. Exits 1 if there is any. Pledges without an
 * outcome are printed the same way after `warning: `, and do not fail it.
 */
import { loadCatalogue } from '../lib/server/catalogue';
import { formatProblem } from '../lib/server/validate';

const { statements, events, problems, warnings } = loadCatalogue();
for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
	console.error(`\n${problems.length} problem(s); the data is not valid.`);
	process.exit(1);
}
console.log(
	`OK: ${statements.length} statements, ${events.length} events valid` +
		(warnings.length > 0 ? `, ${warnings.length} warning(s).` : '.')
);
