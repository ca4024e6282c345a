import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import { reanchorAnnotations } from '../../../src/model/reanchor';
import type { AnchoringState, Annotation } from '../../../src/model/types';

// The five ways re-anchoring onto a new version went wrong (issue 16), each
// as a minimal case: the old text is known, as it is when a new version of
// an article is imported.

const NOW = '2026-12-01T00:00:00.000Z';

function annotate(text: string, quote: string, nth = 0, anchoring?: AnchoringState): Annotation {
  let at = text.indexOf(quote);
  for (let k = 0; k < nth; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`not in the text: ${quote}`);
  const index = new CodePointIndex(text);
  const start = index.toOffset(at);
  return {
    id: `${quote}#${nth}`,
    articleId: 'a',
    kind: 'claim',
    target: describeRange(index, { start, end: textOffset(start + [...quote].length) }),
    note: '',
    sources: [],
    tags: [],
    status: 'open',
    creator: 'Ada',
    createdAt: NOW,
    updatedAt: NOW,
    history: [],
    ...(anchoring && { anchoring }),
  };
}

/** Re-anchors annotations made on `before` onto `after`, the old text known. */
function revise(before: string, after: string, annotations: readonly Annotation[]) {
  const index = new CodePointIndex(after);
  const source = { text: before, hash: 'before' };
  return reanchorAnnotations(index, annotations, NOW, () => source).annotations;
}

/** The text an annotation now sits on, or null for an orphan. */
function placed(a: Annotation | undefined, text: string): string | null {
  if (!a || a.anchoring?.method === 'orphan') return null;
  return new CodePointIndex(text).slice(a.target.start, a.target.end);
}

/** Where an annotation now starts in `text` (UTF-16), or -1 for an orphan. */
function startOf(a: Annotation | undefined, text: string): number {
  if (!a || a.anchoring?.method === 'orphan') return -1;
  return new CodePointIndex(text).toIndex(a.target.start);
}

const LIVE = [
  'Wildfire near Monchique: evacuations widen as winds pick up',
  'Live updates from our reporters in the Algarve. All times are local.',
  '18:40 - Civil protection has ordered the evacuation of two more villages, Alferce and Casais.',
  '18:25 - The mayor said 340 residents had spent the night in the municipal sports hall.',
  '17:55 - The fire service said 1,200 hectares had burned since Monday morning, and that 410 firefighters and 12 aircraft were deployed.',
  '17:20 - The fire service said 1,100 hectares had burned since Monday morning, and that 380 firefighters and 11 aircraft were deployed.',
  '17:05 - A Canadair water bomber sent by Spain has joined the effort, the interior ministry said.',
].join('\n');

const WIRE = [
  'Euro-area inflation rose to 3.3% in June as energy prices climbed',
  'Inflation in the euro area rose to 3.3% in June from 2.9% in May, Eurostat said on Tuesday.',
  'Eurostat said energy prices rose 4.1% on the year, after falling 0.8% in May. Eurostat said food, alcohol and tobacco prices rose 2.7%.',
  'The finance ministry said the figures reflected “temporary effects” of energy prices. The ministry said the government expected inflation to fall below 3% by the end of the year.',
  'The ministry said the budget would not be revised.',
].join('\n');

describe('re-anchoring a deleted passage', () => {
  it('orphans the targets of a deleted live-blog entry instead of moving them to its near twin', () => {
    const notes = [
      annotate(LIVE, 'Live updates from our reporters'),
      annotate(LIVE, 'The fire service said', 0),
      annotate(LIVE, '1,200 hectares had burned'),
      annotate(LIVE, 'Monday morning', 0),
      annotate(LIVE, '410 firefighters'),
      annotate(LIVE, 'A Canadair water bomber'),
    ];
    const after = LIVE.replace(/17:55[^\n]*\n/u, '');
    const [live, said, figure, morning, firefighters, kept] = revise(LIVE, after, notes);
    expect(placed(live, after)).toBe('Live updates from our reporters');
    for (const gone of [said, figure, morning, firefighters]) {
      expect(gone?.anchoring?.method).toBe('orphan');
    }
    expect(placed(kept, after)).toBe('A Canadair water bomber');
  });

  it('orphans a deleted sentence that begins like the sentence after it', () => {
    const notes = [annotate(WIRE, 'Euro-area inflation'), annotate(WIRE, 'Eurostat said', 1)];
    const after = WIRE.replace(
      'Eurostat said energy prices rose 4.1% on the year, after falling 0.8% in May. ',
      '',
    );
    const [, eurostat] = revise(WIRE, after, notes);
    expect(eurostat?.anchoring?.method).toBe('orphan');
  });

  it('orphans a deleted sentence that begins like the paragraph after it', () => {
    const notes = [
      annotate(WIRE, 'Euro-area inflation'),
      annotate(WIRE, 'The ministry said the', 0),
    ];
    const deleted =
      ' The ministry said the government expected inflation to fall below 3% by the end of the year.';
    const after = WIRE.replace(deleted, '');
    const [, ministry] = revise(WIRE, after, notes);
    expect(ministry?.anchoring?.method).toBe('orphan');
  });

  it('orphans a deleted sentence that begins like one in the paragraph before', () => {
    const notes = [annotate(WIRE, 'Euro-area inflation'), annotate(WIRE, 'Eurostat said', 2)];
    const after = WIRE.replace(' Eurostat said food, alcohol and tobacco prices rose 2.7%.', '');
    const [, eurostat] = revise(WIRE, after, notes);
    expect(eurostat?.anchoring?.method).toBe('orphan');
  });
});

describe('re-anchoring swapped neighbours', () => {
  it('keeps each annotation on its own sentence when two that share wording change places', () => {
    const a = 'The ministry said the deficit rose to 3.1% of output.';
    const b = 'The ministry said the debt rose to 63.1% of output.';
    const before = `Budget figures\n${a} ${b}\nMore later.`;
    const after = `Budget figures\n${b} ${a}\nMore later.`;
    const notes = [
      annotate(before, 'The ministry said the deficit'),
      annotate(before, 'rose to 63.1%'),
    ];
    const [deficit, debt] = revise(before, after, notes);
    expect(startOf(deficit, after)).toBe(after.indexOf('The ministry said the deficit'));
    expect(startOf(debt, after)).toBe(after.indexOf('rose to 63.1%'));
    expect(deficit?.anchoring?.method).toBe('quote');
  });

  it('keeps each annotation on its own entry when two near-identical entries change places', () => {
    const lines = LIVE.split('\n');
    const after = [...lines.slice(0, 4), lines[5], lines[4], lines[6]].join('\n');
    const notes = [
      annotate(LIVE, 'The fire service said', 0),
      annotate(LIVE, 'The fire service said', 1),
    ];
    const [first, second] = revise(LIVE, after, notes);
    expect(startOf(first, after)).toBe(after.indexOf('17:55') + 8);
    expect(startOf(second, after)).toBe(after.indexOf('17:20') + 8);
  });
});

const MARKET = [
  'European shares close higher',
  'The STOXX 600 rose 0.8% on Thursday.',
  'Top movers:',
  'Veldmark +6.2% at 712.30 euros',
  'Ardent Wafer +5.8% at 598.00 euros',
  'Rheinhalb +4.1% at 36.85 euros',
  'Technology stocks rose 3.4%, their best day since February.',
  'Health care stocks fell 1.2% after a weak drug study.',
  'Banks rose 0.9%, led by Rhein Handelsbank.',
  'The euro was flat at $1.0820.',
].join('\n');

describe('re-anchoring a move', () => {
  it('keeps every annotation when a list moves to the end, those it jumps over included', () => {
    const lines = MARKET.split('\n');
    const after = [...lines.slice(0, 2), ...lines.slice(6), ...lines.slice(2, 6)].join('\n');
    const quotes = [
      'Veldmark +6.2%',
      'Technology stocks rose 3.4%',
      'fell 1.2%',
      'Banks rose 0.9%',
      'flat at $1.0820',
    ];
    const out = revise(
      MARKET,
      after,
      quotes.map(q => annotate(MARKET, q)),
    );
    out.forEach((a, i) => expect(placed(a, after)).toBe(quotes[i]));
  });

  it('finds an intact paragraph moved four paragraphs down', () => {
    const lines = MARKET.split('\n');
    const after = [lines[0], ...lines.slice(2, 6), lines[1], ...lines.slice(6)].join('\n');
    const [moved] = revise(MARKET, after, [
      annotate(MARKET, 'The STOXX 600 rose 0.8% on Thursday.'),
    ]);
    expect(placed(moved, after)).toBe('The STOXX 600 rose 0.8% on Thursday.');
    expect(startOf(moved, after)).toBe(after.indexOf('The STOXX'));
  });

  it('keeps the annotations after a deleted paragraph through re-scrape noise', () => {
    const lines = MARKET.split('\n');
    const kept = [...lines.slice(0, 6), ...lines.slice(7)];
    // an "Advertisement" line, two spaces after a full stop, a paragraph hard-wrapped
    const after = kept
      .join('\n')
      .replace('Health care', 'Advertisement\nHealth care')
      .replace('0.8% on Thursday.', '0.8% on\nThursday.')
      .replace('study.', 'study.  ');
    const quotes = [
      'fell 1.2% after a weak drug study',
      'Banks rose 0.9%',
      'rose 0.8% on Thursday',
    ];
    const out = revise(
      MARKET,
      after,
      quotes.map(q => annotate(MARKET, q)),
    );
    expect(placed(out[0], after)).toBe(quotes[0]);
    expect(placed(out[1], after)).toBe(quotes[1]);
    expect(placed(out[2], after)).toBe('rose 0.8% on\nThursday');
  });
});

describe('re-anchoring an unconfirmed fuzzy annotation', () => {
  it('keeps it unconfirmed, with the quote as checked, when the next version finds its text exactly elsewhere', () => {
    const v1 = 'Inflation\nEurostat said inflation rose 3.1% in June, after 2.9% in May.';
    // fuzzy since the last version: checked as "rose 3.3%", now reading "rose 3.1%"
    const state: AnchoringState = {
      method: 'fuzzy',
      confidence: 0.93,
      confirmed: false,
      previousExact: 'rose 3.3%',
    };
    const note = annotate(v1, 'rose 3.1%', 0, state);
    const v2 = `Euro-area inflation\nUpdate: figures revised.\n${v1.split('\n')[1]}`;
    const [after] = revise(v1, v2, [note]);
    expect(placed(after, v2)).toBe('rose 3.1%');
    expect(after?.anchoring).toMatchObject({
      method: 'fuzzy',
      confirmed: false,
      previousExact: 'rose 3.3%',
    });
  });

  it('never anchors a corrected name, unflagged, on part of another name ("Nagle", "Nagel")', () => {
    const v0 =
      'Court report\nMrs Justice Nagle ruled for the residents.\nMr Nagel said he was pleased.';
    const v1 = v0.replace('Justice Nagle', 'Justice Nagel');
    const v2 = v1.replace('Court report\n', 'Court report\nUpdated with the council’s reply.\n');
    const [once] = revise(v0, v1, [annotate(v0, 'Court report'), annotate(v0, 'Nagle')]).slice(1);
    const [twice] = reanchorAnnotations(new CodePointIndex(v2), [once as Annotation], NOW, () => ({
      text: v1,
      hash: 'v1',
    })).annotations;
    // corrected in place: on the judge's name, awaiting confirmation as "Nagle", or nowhere
    if (twice?.anchoring?.method !== 'orphan') {
      expect(startOf(twice, v2)).toBe(v2.indexOf('Nagel'));
      expect(twice?.anchoring).toMatchObject({
        method: 'fuzzy',
        confirmed: false,
        previousExact: 'Nagle',
      });
    }
  });
});

const NAMES = [
  'Prague forum',
  '“We are entering a decade of friction,” said Tomáš Sedláček, who chaired the panel.',
  'Nguyễn Thị Phương said exports grew 14% in the first half.',
  'South Korea’s delegation was led by 김서연, who said chip exports rose 3.3%.',
].join('\n');

describe('re-anchoring across Unicode normalization and house style', () => {
  it('keeps names anchored when the new version comes decomposed (NFD), and back', () => {
    const quotes = ['Tomáš Sedláček', 'Nguyễn Thị Phương', '김서연'];
    const nfd = NAMES.normalize('NFD');
    const there = revise(
      NAMES,
      nfd,
      quotes.map(q => annotate(NAMES, q)),
    );
    there.forEach((a, i) => {
      expect(placed(a, nfd)?.normalize('NFC')).toBe(quotes[i]);
      expect(a.anchoring?.method).toBe('quote');
    });
    const back = revise(nfd, NAMES, there);
    back.forEach((a, i) => expect(placed(a, NAMES)).toBe(quotes[i]));
  });

  it('follows "3.3%" to "3.3 percent" whole, neither orphaned nor cut short', () => {
    const after = NAMES.replace('3.3%', '3.3 percent');
    const [figure] = revise(NAMES, after, [annotate(NAMES, 'rose 3.3%')]);
    expect(placed(figure, after)).toBe('rose 3.3 percent');
  });
});

describe('re-anchoring without the old text', () => {
  it('offers a quote found away from its stored position as fuzzy, never silently', () => {
    const notes = [annotate(MARKET, 'Banks rose 0.9%, led by Rhein Handelsbank.')];
    const after = MARKET.replace('Top movers:', 'Top movers of the day, by market value:');
    const [moved] = reanchorAnnotations(new CodePointIndex(after), notes, NOW).annotations;
    expect(placed(moved, after)).toBe('Banks rose 0.9%, led by Rhein Handelsbank.');
    expect(moved?.anchoring).toMatchObject({
      method: 'fuzzy',
      confidence: 1,
      confirmed: false,
      previousExact: 'Banks rose 0.9%, led by Rhein Handelsbank.',
    });
  });

  it('leaves one at its stored position with its context intact as it was', () => {
    const note = annotate(MARKET, 'Banks rose 0.9%');
    const after = MARKET.replace('The euro was flat', 'The euro was unchanged');
    const [same] = reanchorAnnotations(new CodePointIndex(after), [note], NOW).annotations;
    expect(same).toBe(note);
  });
});
