import type { RevisionFieldsFragment } from '../../../gql/graphql';

interface DiffLine {
  kind: 'added' | 'removed' | 'same' | 'gap';
  text: string;
}

/** Unchanged runs longer than this are folded to their first and last lines. */
const CONTEXT = 2;

function toLines(parts: RevisionFieldsFragment['bodyDiff']): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of parts) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const split = part.value.split('\n');
    if (split.length > 1 && split[split.length - 1] === '') split.pop();
    const run = split.map((text) => ({ kind, text }) as DiffLine);
    if (kind === 'same' && run.length > CONTEXT * 2 + 1) {
      const folded = run.length - CONTEXT * 2;
      lines.push(...run.slice(0, CONTEXT), { kind: 'gap', text: `${folded} unchanged lines` }, ...run.slice(-CONTEXT));
    } else {
      lines.push(...run);
    }
  }
  return lines;
}

/** The body's line diff as text (never as HTML): + added lines in green, − removed lines in red. */
export function BodyDiff({ parts }: { parts: RevisionFieldsFragment['bodyDiff'] }) {
  const lines = toLines(parts);
  return (
    <div className="diff" role="group" aria-label="Changes to the body">
      {lines.map((line, index) => {
        if (line.kind === 'added') {
          return (
            <ins key={index} className="diff__line diff__line--added">
              <span className="diff__sign" aria-hidden="true">
                +
              </span>
              <span className="visually-hidden">Added: </span>
              {line.text || ' '}
            </ins>
          );
        }
        if (line.kind === 'removed') {
          return (
            <del key={index} className="diff__line diff__line--removed">
              <span className="diff__sign" aria-hidden="true">
                -
              </span>
              <span className="visually-hidden">Removed: </span>
              {line.text || ' '}
            </del>
          );
        }
        if (line.kind === 'gap') {
          return (
            <span key={index} className="diff__line diff__line--gap">
              … {line.text} …
            </span>
          );
        }
        return (
          <span key={index} className="diff__line">
            <span className="diff__sign" aria-hidden="true">
              {' '}
            </span>
            {line.text || ' '}
          </span>
        );
      })}
    </div>
  );
}
