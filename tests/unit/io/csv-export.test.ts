import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, exportCsv } from '../../../src/io/csv-export';
import { textOffset } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';
import { deskAnnotations } from '../../fixtures/same-claim';
import { annotationRecord, targetAt } from '../../fixtures/records';

/**
 * A strict RFC 4180 reader: records end in CRLF, a quoted field may hold
 * anything with `"` doubled, an unquoted field holds no `"`, CR or LF.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        field += text[i];
      }
      i++;
    } else {
      while (i < text.length && !/[,\r\n]/.test(text.charAt(i))) {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
  }
}

const T = '2026-11-20T09:00:00.000Z';
const ARTICLE = { id: 'art', title: 'A' } as Article;

function annotation(id: string, start: number, fields: Partial<Annotation> = {}): Annotation {
  return annotationRecord({
    id,
    target: targetAt(start, 'q'),
    creator: 'Mika',
    createdAt: T,
    updatedAt: T,
    ...fields,
  });
}

/** The body rows of an export, each a record of header → cell. */
function records(annotations: Annotation[]): Record<string, string>[] {
  const csv = exportCsv(ARTICLE, annotations, DEFAULT_VERDICT_SCALE);
  const [header, ...rows] = parseCsv(csv.slice(CSV_BOM.length));
  return rows.map(cells => Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? ''])));
}

const noteOf = (note: string) => records([annotation('x', 0, { note })])[0]?.Note;

describe('exportCsv', () => {
  it('writes a claim annotated by two reviewers as one row, with both assessments and all they wrote', () => {
    const csv = exportCsv(
      { id: 'art', title: 'A' } as Article,
      deskAnnotations(),
      DEFAULT_VERDICT_SCALE,
    );
    const [header, ...rows] = parseCsv(csv.slice(CSV_BOM.length));
    const rowsOf = rows.map(cells =>
      Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? ''])),
    );
    expect(rowsOf.map(r => r.ID)).toEqual(['ada-shared', 'ben-comment', 'ada-alone']);
    expect(rowsOf[0]).toMatchObject({
      Verdict: '',
      Status: 'Checked',
      Note: 'Ada’s reason.\n\nBen’s reason.',
      Tags: 'economy; trade',
      Sources: 'https://a.example/\nhttps://b.example/',
      Reviewer: 'Ada, Ben',
      Assessments: 'Ada: False; Ben: True (Checked twice.)',
    });
    expect(rowsOf[2]?.Assessments).toBe('');
  });

  it('starts with a BOM and a header, ends every record in CRLF', async () => {
    const { article, annotations } = await sampleExportInput();
    const csv = exportCsv(article, annotations, DEFAULT_VERDICT_SCALE);
    expect(csv.startsWith('\uFEFF"Number","ID","Kind","Status","Verdict","Rating",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map(r => r.length))).toEqual(new Set([19]));
  });

  it('writes one row per annotation of the sample, in reading order', async () => {
    const { article, annotations } = await sampleExportInput();
    const csv = exportCsv(article, annotations, DEFAULT_VERDICT_SCALE);
    const [header, ...rows] = parseCsv(csv.slice(1));
    const at = (name: string) => header?.indexOf(name) ?? -1;
    expect(
      rows.map(r => [r[at('Number')], r[at('Kind')], r[at('Verdict')], r[at('Rating')]]),
    ).toEqual([
      ['1', 'Comment', '', ''],
      ['2', 'Claim', 'Unverifiable', ''],
      ['3', 'Claim', 'Mostly true', '5'],
      ['4', 'Correction', '', ''],
    ]);
    const unverifiable = rows[1] ?? [];
    expect(unverifiable[at('Verdict changed by')]).toBe('Jonas Weber');
    expect(unverifiable[at('Verdict changed at')]).toBe('2026-11-20T09:40:55.310Z');
    expect(unverifiable[at('Sources')]).toBe('https://www.meti.go.jp/english/press/index.html');
    expect(rows[3]?.[at('Correction')]).toBe('Robert Habeck');
  });

  it('puts orphans last and names how each annotation is anchored', () => {
    const rows = records([
      annotation('lost', 0, { anchoring: { method: 'orphan' } }),
      annotation('fuzzy', 5, {
        anchoring: { method: 'fuzzy', confidence: 0.8, confirmed: false, previousExact: 'p' },
      }),
      annotation('sure', 9, {
        anchoring: { method: 'fuzzy', confidence: 0.8, confirmed: true, previousExact: 'p' },
      }),
      annotation('plain', 12),
    ]);
    expect(rows.map(r => [r.Number, r.ID, r.Anchoring])).toEqual([
      ['1', 'fuzzy', 'fuzzy, unconfirmed'],
      ['2', 'sure', 'anchored'],
      ['3', 'plain', 'anchored'],
      ['4', 'lost', 'not found'],
    ]);
  });

  it('joins tags with "; " and source URLs with a newline inside one cell', () => {
    const [row] = records([
      annotation('x', 0, {
        tags: ['a', 'b, c'],
        sources: [
          { url: 'https://a.example/1', stance: 'supports' },
          { url: 'javascript:alert(1)', stance: 'refutes' },
        ],
      }),
    ]);
    expect(row?.Tags).toBe('a; b, c');
    expect(row?.Sources).toBe('https://a.example/1\njavascript:alert(1)');
    expect(row?.['Source count']).toBe('2');
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('defuses the formula %j', (note, cell) => {
    expect(noteOf(note)).toBe(cell);
  });

  it('defuses formulas in every column, not only notes', () => {
    const [row] = records([
      annotation('=id', 0, {
        creator: '@me',
        tags: ['-x'],
        correction: '+y',
        target: { start: textOffset(0), end: textOffset(1), exact: '=q', prefix: '', suffix: '' },
        sources: [{ url: '=1', stance: 'context' }],
      }),
    ]);
    expect([row?.ID, row?.Reviewer, row?.Tags, row?.Correction, row?.Quote, row?.Sources]).toEqual([
      "'=id",
      "'@me",
      "'-x",
      "'+y",
      "'=q",
      "'=1",
    ]);
  });

  it('leaves formula characters alone after the first', () => {
    expect(noteOf('1+1=2 -3 @x')).toBe('1+1=2 -3 @x');
  });

  it.each([
    ['quotes', 'he said "no"'],
    ['commas', 'a, b, c'],
    ['CRLF', 'line one\r\nline two\nthree\rfour'],
    ['emoji', 'ok 🎉👩🏽‍💻'],
    ['markup', '<script>alert(1)</script> "><img src=x onerror=alert(1)>'],
  ])('round-trips %s', (_, note) => {
    expect(noteOf(note)).toBe(note);
  });

  it('drops bidi controls, so a name cannot be shown backwards', () => {
    expect(noteOf('abc \u202Efdp.exe\u202C \u2066x\u2069 \u202A\u202B\u202D\u2067\u2068')).toBe(
      'abc fdp.exe x ',
    );
  });

  it('replaces NUL and lone surrogates with U+FFFD', () => {
    expect(noteOf('a\0b\uD83Dc\uDE00d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });

  it('throws for an annotation of another article', () => {
    const stray = annotation('x', 0, { articleId: 'other' });
    expect(() => exportCsv(ARTICLE, [stray], DEFAULT_VERDICT_SCALE)).toThrow(RangeError);
  });
});

describe('csvField', () => {
  it('quotes every field, doubling quotes', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('')).toBe('""');
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('\r')).toBe(`"'\r"`);
  });
});

/**
 * How Excel reads a CSV with `separator` (the list separator of its locale: ";" in
 * German, French, Dutch or Spanish): a cell that opens with `"` is read quoted up to
 * a lone `"`, and the rest up to the separator added as it is; any other cell is read
 * as it is. Quotes count only where a cell opens.
 */
function spreadsheetCells(text: string, separator: ',' | ';'): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
        cell += text[i];
      }
      i++;
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\n') cell += text[i++];
    cells.push(cell.replace(/\r$/, ''));
    i++;
  }
  return cells;
}

describe('exportCsv in a spreadsheet', () => {
  const HOSTILE = [
    'fine;=1+1;',
    'x;=HYPERLINK("http://evil.example","click")',
    'a;+1',
    'a;-1',
    'a;@SUM(A1)',
    'a;\t=1+1',
    'a;"=1+1',
    'a,=1+1',
    '=1+1;=2+2',
  ];

  it.each([',', ';'] as const)(
    'leaves no cell that starts a formula when it splits on "%s"',
    separator => {
      const csv = exportCsv(
        ARTICLE,
        HOSTILE.map((note, i) =>
          annotation(`id${i}`, i, { note, tags: [note], creator: note, correction: note }),
        ),
        DEFAULT_VERDICT_SCALE,
      );
      const cells = spreadsheetCells(csv.slice(CSV_BOM.length), separator);
      expect(cells.length).toBeGreaterThan(HOSTILE.length);
      expect(cells.filter(c => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    },
  );

  it('still reads every note back whole where the separator is ","', () => {
    const rows = records(HOSTILE.map((note, i) => annotation(`id${i}`, i, { note })));
    expect(rows.map(r => r.Note?.replace(/'(?=[=+\-@\t\r])/g, ''))).toEqual(HOSTILE);
  });

  it('cuts a cell at Excel’s 32,767 characters, saying so', () => {
    const long = `${'x'.repeat(40_000)}tail`;
    const note = noteOf(long) ?? '';
    expect(note).toHaveLength(32_767);
    expect(note.endsWith('…(truncated)')).toBe(true);
    expect(noteOf('y'.repeat(32_767))).toBe('y'.repeat(32_767));
    // a cut never splits an emoji into a lone surrogate
    const emoji = noteOf('😀'.repeat(20_000)) ?? '';
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(emoji.endsWith('…(truncated)')).toBe(true);
  });
});
