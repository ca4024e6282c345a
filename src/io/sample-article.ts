import type { Article } from '../model/types';
import { articleFromDoc } from './article-record';
import { docFromPlainText } from './plain-text';

/** A fixed id, so two tabs opening an empty database seed the same record once. */
export const SAMPLE_ARTICLE_ID = '5f1d8a36-2b7e-4c1e-9a55-0c3f8e6b2a11';

/** Where the built app serves the sample article's text. */
export const SAMPLE_ARTICLE_PATH = 'samples/us-japan-chip-controls.txt';

/** The sample article record, from its text as scraped (artefacts and all). */
export function sampleArticle(text: string): Promise<Article> {
  return articleFromDoc(
    docFromPlainText(text),
    {
      title: 'US asks Japan for cooperation to thwart China’s chip development',
      publisher: 'The Japan Times',
    },
    SAMPLE_ARTICLE_ID,
  );
}
