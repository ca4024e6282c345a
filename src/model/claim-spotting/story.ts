// What a whole article says about how to read its sentences. A feature tells its story in the
// present ("she says", "he writes") and is mostly colour; a news report says "said". Counted
// on the raw text, without tagging: a few regular expressions over a megabyte take milliseconds.

/** How the article is told, as the features of its sentences see it. */
export interface Story {
  /** The article quotes people in the present ("says", "writes") more than in the past, at least three times. */
  toldInPresent: boolean;
}

/** A story with nothing known about it: what a sentence scored on its own sees. */
export const NO_STORY: Story = { toldInPresent: false };

const PRESENT = /\b(?:says|writes|recalls|remembers)\b/g;
const PAST = /\b(?:said|told)\b/g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

let last: { text: string; story: Story } | undefined;

/** How `text` is told; the last text's answer is kept, since a long text is spotted in parts. */
export function storyOf(text: string): Story {
  if (last?.text === text) return last.story;
  const present = count(text, PRESENT);
  const story = { toldInPresent: present >= 3 && present > count(text, PAST) };
  last = { text, story };
  return story;
}
