import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement } from '$lib/statements/parse';
import {
	apaInText,
	apaReference,
	apaReferenceParts,
	chicagoNote,
	citables,
	cslJson,
	ris,
	sentenceCase
} from './cite';

const statements = readdirSync('data/statements')
	.sort()
	.map((name) =>
		parseStatement(readFileSync(`data/statements/${name}`, 'utf8'), `data/statements/${name}`)
	);
const [seoul, washington] = citables(statements) as [
	ReturnType<typeof citables>[number],
	ReturnType<typeof citables>[number]
];

const SEOUL_URL =
	'https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/21/united-states-republic-of-korea-leaders-joint-statement/';
const WASHINGTON_URL =
	'https://www.whitehouse.gov/briefing-room/statements-releases/2023/04/26/leaders-joint-statement-in-commemoration-of-the-70th-anniversary-of-the-alliance-between-the-united-states-of-america-and-the-republic-of-korea/';
const WASHINGTON_TITLE =
	'Leaders’ Joint Statement in Commemoration of the 70th Anniversary of the Alliance between the United States of America and the Republic of Korea';

describe('the statements as citable records', () => {
	it('name the issuer, the title with plain spaces, the date and the official address', () => {
		expect(seoul).toEqual({
			slug: '2022-05-21-us-rok-leaders-joint-statement',
			issuer: 'The White House',
			title: 'United States-Republic of Korea Leaders’ Joint Statement',
			sentenceTitle: 'United States-Republic of Korea leaders’ joint statement',
			date: '2022-05-21',
			url: SEOUL_URL
		});
		expect(washington).toEqual({
			slug: '2023-04-26-us-rok-70th-anniversary-joint-statement',
			issuer: 'The White House',
			title: WASHINGTON_TITLE,
			sentenceTitle:
				'Leaders’ joint statement in commemoration of the 70th anniversary of the Alliance between the United States of America and the Republic of Korea',
			date: '2023-04-26',
			url: WASHINGTON_URL
		});
	});

	it('refuse a statement from an address whose issuer is unknown, naming its file', () => {
		const odd = { ...statements[0]!, sourceUrl: 'https://example.org/statement' };
		expect(() => citables([odd])).toThrow(
			'data/statements/2022-05-21-us-rok-leaders-joint-statement.md: source_url: no issuer is known for example.org'
		);
	});
});

describe('Chicago notes', () => {
	it('cite the 2022 statement, paragraph 3, read on 7 December 2026', () => {
		expect(chicagoNote(seoul, 'p-3', '2026-12-07')).toBe(
			`The White House, “United States-Republic of Korea Leaders’ Joint Statement,” May 21, 2022, par. 3, accessed December 7, 2026, ${SEOUL_URL}.`
		);
	});

	it('cite the 2023 statement, paragraph 12, read on 1 January 2027', () => {
		expect(chicagoNote(washington, 'p-12', '2027-01-01')).toBe(
			`The White House, “${WASHINGTON_TITLE},” April 26, 2023, par. 12, accessed January 1, 2027, ${WASHINGTON_URL}.`
		);
	});

	it('refuse an anchor that is not a paragraph', () => {
		expect(() => chicagoNote(seoul, 'section-2', '2026-12-07')).toThrow(
			'"section-2" is not a paragraph anchor'
		);
	});
});

describe('APA references and in-text citations', () => {
	it('cite the 2022 statement', () => {
		expect(apaReference(seoul, '2026-12-07')).toBe(
			`The White House. (2022, May 21). United States-Republic of Korea leaders’ joint statement. Retrieved December 7, 2026, from ${SEOUL_URL}`
		);
		expect(apaInText(seoul, 'p-3')).toBe('(The White House, 2022, para. 3)');
	});

	it('cite the 2023 statement', () => {
		expect(apaReference(washington, '2027-01-01')).toBe(
			`The White House. (2023, April 26). Leaders’ joint statement in commemoration of the 70th anniversary of the Alliance between the United States of America and the Republic of Korea. Retrieved January 1, 2027, from ${WASHINGTON_URL}`
		);
		expect(apaInText(washington, 'p-12')).toBe('(The White House, 2023, para. 12)');
	});

	it('set the title apart, to be shown in italics', () => {
		const parts = apaReferenceParts(seoul, '2026-12-07');
		expect(parts.title).toBe(seoul.sentenceTitle);
		expect(parts.before + parts.title + parts.after).toBe(apaReference(seoul, '2026-12-07'));
	});
});

describe('sentence case', () => {
	const body = ['The leaders agreed to meet. The Alliance of the United States and the ROK grows.'];
	it.each([
		{ title: 'Leaders Meet', expected: 'Leaders meet' },
		{ title: 'The Alliance Of Leaders', expected: 'The Alliance of leaders' },
		{ title: 'United States-Republic Talks', expected: 'United States-Republic Talks' },
		{ title: 'A\u00a0Joint  Statement', expected: 'A Joint Statement' },
		// Words the text never uses keep their capitals: nothing says they are common nouns.
		{ title: 'Met In Seoul', expected: 'Met In Seoul' }
	])('$title → $expected', ({ title, expected }) => {
		expect(sentenceCase(title, body)).toBe(expected);
	});
});

describe('files for reference managers', () => {
	it('CSL-JSON holds both statements as web pages', () => {
		expect(JSON.parse(cslJson([seoul, washington]))).toEqual([
			{
				id: '2022-05-21-us-rok-leaders-joint-statement',
				type: 'webpage',
				title: 'United States-Republic of Korea Leaders’ Joint Statement',
				author: [{ literal: 'The White House' }],
				'container-title': 'The White House',
				publisher: 'The White House',
				issued: { 'date-parts': [[2022, 5, 21]] },
				URL: SEOUL_URL
			},
			{
				id: '2023-04-26-us-rok-70th-anniversary-joint-statement',
				type: 'webpage',
				title: WASHINGTON_TITLE,
				author: [{ literal: 'The White House' }],
				'container-title': 'The White House',
				publisher: 'The White House',
				issued: { 'date-parts': [[2023, 4, 26]] },
				URL: WASHINGTON_URL
			}
		]);
	});

	it('RIS holds both statements as electronic sources, with CRLF line ends', () => {
		expect(ris([seoul, washington])).toBe(
			[
				'TY  - ELEC',
				'AU  - The White House',
				'TI  - United States-Republic of Korea Leaders’ Joint Statement',
				'PY  - 2022',
				'DA  - 2022/05/21',
				'PB  - The White House',
				`UR  - ${SEOUL_URL}`,
				'ER  - ',
				'TY  - ELEC',
				'AU  - The White House',
				`TI  - ${WASHINGTON_TITLE}`,
				'PY  - 2023',
				'DA  - 2023/04/26',
				'PB  - The White House',
				`UR  - ${WASHINGTON_URL}`,
				'ER  - ',
				''
			].join('\r\n')
		);
	});
});
