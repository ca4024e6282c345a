// A module Web Worker: compromise's tokenizer and first tagging pass alone, the spotter's floor.
import nlp from 'compromise/two';

/** What the page sends: the text and the [from, to) of it this worker tags. */
export interface FloorJob {
  text: string;
  from: number;
  to: number;
}

/** What the worker answers: its own time and how many terms it tagged. */
export interface FloorDone {
  ms: number;
  terms: number;
}

// the passes the spotter runs on a long text (src/model/claim-spotting/sentences.ts)
const FIRST_PASS = ['lexicon', 'preTagger'];

self.onmessage = ({ data }: MessageEvent<FloorJob>) => {
  const started = performance.now();
  let terms = 0;
  // line by line, as the spotter tags, so that no sentence spans two paragraphs
  for (const line of data.text.slice(data.from, data.to).split('\n')) {
    if (line.trim() === '') continue;
    const doc = nlp.tokenize(line);
    doc.compute(FIRST_PASS);
    terms += doc.terms().length;
  }
  self.postMessage({ ms: performance.now() - started, terms } satisfies FloorDone);
};
