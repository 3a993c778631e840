import { ATTACHMENT_KINDS_TEXT, ATTACHMENT_LIMITS, formatBytes } from '@threadline/shared';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Button } from '../../../components/ui/button';
import './attachments.css';

interface AttachmentPickerProps {
  /** The files chosen so far (the parent owns them and uploads them on submit). */
  files: File[];
  onChange: (files: File[]) => void;
  /** Attachments the ticket already holds: they count toward the limit per ticket. */
  existingCount?: number;
  /** The server's limits (the defaults are the server's defaults). */
  maxBytes?: number;
  maxCount?: number;
  /** A message from the server about the files (e.g. a type it refused), shown with the field. */
  error?: string;
  disabled?: boolean;
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Chooses screenshots and logs to attach: each shown with its size and a button to remove it. Files over the size
 * limit, or past the number a ticket holds, are refused here with a message, before anything is sent; the server
 * checks again and also checks the type from the content.
 */
export function AttachmentPicker({
  files,
  onChange,
  existingCount = 0,
  maxBytes = ATTACHMENT_LIMITS.defaultMaxBytes,
  maxCount = ATTACHMENT_LIMITS.perTicket,
  error,
  disabled = false,
}: AttachmentPickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const room = Math.max(0, maxCount - existingCount);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const shownError = problem ?? error;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? []);
    // Cleared, so choosing the same file again (after removing it) is seen as a change.
    event.target.value = '';
    const tooLarge = chosen.filter((f) => f.size > maxBytes);
    const empty = chosen.filter((f) => f.size === 0);
    const fresh = chosen.filter((f) => f.size > 0 && f.size <= maxBytes && !files.some((g) => sameFile(f, g)));
    const accepted = fresh.slice(0, Math.max(0, room - files.length));
    const problems: string[] = [];
    if (tooLarge.length) problems.push(`${tooLarge.map((f) => f.name).join(', ')}: larger than ${formatBytes(maxBytes)}.`);
    if (empty.length) problems.push(`${empty.map((f) => f.name).join(', ')}: empty.`);
    if (accepted.length < fresh.length) problems.push(`A ticket holds at most ${maxCount} attachments.`);
    setProblem(problems.length ? problems.join(' ') : null);
    if (accepted.length) onChange([...files, ...accepted]);
  }

  function remove(index: number) {
    setProblem(null);
    onChange(files.filter((_, i) => i !== index));
    inputRef.current?.focus();
  }

  return (
    <div className="field attachment-picker">
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          Attachments
        </label>
        <span className="field__counter">
          {existingCount + files.length} / {maxCount}
        </span>
      </div>
      <span className="field__hint" id={hintId}>
        Attach {ATTACHMENT_KINDS_TEXT}; up to {formatBytes(maxBytes)} each.
      </span>
      <input
        ref={inputRef}
        id={id}
        type="file"
        multiple
        className="attachment-picker__input"
        onChange={choose}
        disabled={disabled || files.length >= room}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[hintId, shownError ? errorId : null].filter(Boolean).join(' ')}
      />
      {shownError && (
        <span className="field__error" id={errorId} role="alert">
          {shownError}
        </span>
      )}
      {files.length > 0 && (
        <ul className="attachment-picker__files" aria-label="Chosen files">
          {files.map((file, index) => (
            <li className="attachment-picker__file" key={`${file.name}-${file.size}-${file.lastModified}`}>
              <span className="attachment-picker__name">{file.name}</span>
              <span className="attachment-picker__size">{formatBytes(file.size)}</span>
              <Button variant="secondary" size="small" onClick={() => remove(index)} disabled={disabled} aria-label={`Remove ${file.name}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
