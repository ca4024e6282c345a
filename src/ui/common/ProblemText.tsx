import type { Problem } from './problem';

/**
 * A problem shown where the reviewer is looking (in a form or a dialog): its
 * sentence, read out at once, and the technical text folded under "Details",
 * as the notices fold theirs.
 */
export function ProblemText({ problem, id }: { problem: Problem; id?: string }) {
  return (
    <div className="field-error problem-text" role="alert" id={id}>
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
