import type { ClaimModel } from './claim-model';
import type { TextOffset } from '../offsets';

/** Something the spotter thinks a reviewer should check. */
export interface Suggestion {
  /** Stable across runs on the same text: the kind, the range and the text hashed together. */
  id: string;
  /** A check-worthy sentence (or span), or a person's name that looks garbled. */
  kind: 'claim' | 'name';
  /** Code points of the article's canonical text, like a Target's. */
  start: TextOffset;
  end: TextOffset;
  /** The text between start and end. */
  exact: string;
  /** 0–1: how check-worthy, or how sure the name is garbled. */
  score: number;
  /**
   * Strong suggestions are underlined in the article by default, possible ones only listed:
   * a claim is strong from the model's `strongAt` score, a garbled name always.
   */
  strength: 'strong' | 'possible';
  /** Why, for the reviewer: ["superlative", "institution", "anonymous sources"]. */
  reasons: string[];
  /** For a name: the likely spelling ("Robert Habeck"). */
  correction?: string;
}

/** One person of the reference list (src/model/reference/office-holders.json). */
export interface ReferencePerson {
  name: string;
  office?: string;
  country?: string;
  since?: string;
  until?: string;
}

export interface SpotOptions {
  /** The reference list, plus names the reviewer added in settings. */
  people: readonly ReferencePerson[];
  /** Suggestions scoring below this are left out (default 0.5). */
  threshold?: number;
  /**
   * How words are tagged: 'full' runs all of compromise's tagger; 'fast' only its first,
   * lexicon-and-suffix pass (five times faster) and the full one on the few sentences
   * that hold a name which may be garbled; 'auto' (default) is 'full' up to
   * FULL_TAGGING_UP_TO UTF-16 units of text, 'fast' beyond.
   */
  tagging?: 'full' | 'fast' | 'auto';
  /** The claim model's weights (default: the fitted ones that ship, CLAIM_MODEL). */
  model?: ClaimModel;
}
