import type { Problem } from './problem';

/**
 * A problem shown where the reviewer is looking (in a form or a dialog): its
 * sentence, read out at once, and the technical text folded under "Details",
 * as the notices fold theirs.
 */
export function ProblemText({
  problem,
  id,
  focusable = false,
}: {
  problem: Problem;
  id?: string;
  /** It can take the focus from script (a form's refusal that names no field). */
  focusable?: boolean;
}) {
  return (
    <div
      className="field-error problem-text"
      role="alert"
      id={id}
      {...(focusable && { tabIndex: -1 })}
    >
      <p>{problem.message}</p>
      {problem.technical && (
        <details className="notice-technical">
          <summary>Details</summary>
          <pre>{problem.technical}</pre>
        </details>
      )}
    </div>
  );
}
