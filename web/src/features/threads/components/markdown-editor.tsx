import { useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { THREAD_LIMITS } from '../../../lib/validation';
import { useMentions } from '../hooks/use-mentions';
import { MarkdownPreview } from './markdown-preview';

type Mode = 'write' | 'preview';

interface MarkdownEditorProps {
  label: string;
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  hint?: string;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  /** Ctrl/⌘ + Enter in the textarea. */
  onSubmitShortcut?: () => void;
  placeholder?: string;
}

/**
 * A Markdown textarea with Write / Preview tabs. Preview asks the server to render the text exactly
 * as a post would be (sanitized HTML), so what you see is what will be posted.
 */
export function MarkdownEditor({
  label,
  name,
  value,
  onValueChange,
  error,
  hint = 'Markdown: **bold**, _italic_, `code`, > quote, - lists, [links](https://…), @handle to mention',
  rows = 8,
  textareaRef,
  onSubmitShortcut,
  placeholder,
}: MarkdownEditorProps) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('write');
  const [shownError, setShownError] = useState(error);
  // A new error is about the text: go back to writing so the field can take focus (WCAG 3.3.1).
  if (error !== shownError) {
    setShownError(error);
    if (error && mode !== 'write') setMode('write');
  }
  // A composer emptied (its post went out, or the draft was discarded) starts again on Write.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if (!value && mode !== 'write') setMode('write');
  }
  const tabs = useRef<Record<Mode, HTMLButtonElement | null>>({ write: null, preview: null });
  const input = useRef<HTMLTextAreaElement | null>(null);
  // The caller's ref and ours point at the same textarea.
  useImperativeHandle(textareaRef, () => input.current as HTMLTextAreaElement, []);
  const mentions = useMentions(value, onValueChange, () => input.current);
  const listId = `${id}-mentions`;
  const warningId = `${id}-mention-warning`;
  const length = value.length;
  const over = length > THREAD_LIMITS.bodyMax;

  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = error ? `${id}-error` : undefined;

  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: Mode = event.key === 'Home' ? 'write' : event.key === 'End' ? 'preview' : mode === 'write' ? 'preview' : 'write';
    setMode(next);
    tabs.current[next]?.focus();
  }

  return (
    <div className="field markdown-editor">
      <div className="field__label-row">
        <label className="field__label" htmlFor={`${id}-input`}>
          {label}
        </label>
        <span className={over ? 'field__counter field__counter--over' : 'field__counter'} id={counterId}>
          {length.toLocaleString()} / {THREAD_LIMITS.bodyMax.toLocaleString()}
        </span>
      </div>
      <span className="field__hint" id={hintId}>
        {hint}
      </span>
      <div className="markdown-editor__frame">
        <div className="markdown-editor__tabs" role="tablist" aria-label="Write or preview">
          {(['write', 'preview'] as const).map((tab) => (
            <button
              key={tab}
              ref={(element) => {
                tabs.current[tab] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${tab}`}
              aria-selected={mode === tab}
              aria-controls={`${id}-panel-${tab}`}
              tabIndex={mode === tab ? 0 : -1}
              className="markdown-editor__tab"
              onClick={() => setMode(tab)}
              onKeyDown={onTabKeyDown}
            >
              {tab === 'write' ? 'Write' : 'Preview'}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-panel-write`} aria-labelledby={`${id}-tab-write`} hidden={mode !== 'write'}>
          <textarea
            ref={input}
            id={`${id}-input`}
            name={name}
            rows={rows}
            className="input textarea markdown-editor__input"
            value={value}
            placeholder={placeholder}
            onChange={(event) => {
              onValueChange(event.target.value);
              mentions.track();
            }}
            onSelect={() => mentions.track()}
            onBlur={() => mentions.close()}
            // The mention list is driven from here, as a combobox's is from its input (the textarea keeps its
            // textbox role, which aria-autocomplete and aria-activedescendant are valid on).
            aria-autocomplete="list"
            aria-controls={mentions.open ? listId : undefined}
            aria-activedescendant={mentions.open ? `${listId}-${mentions.active}` : undefined}
            onKeyDown={(event) => {
              if (mentions.onKeyDown(event)) return;
              if (onSubmitShortcut && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                onSubmitShortcut();
              }
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, counterId, errorId, mentions.unknownHandles.length ? warningId : undefined].filter(Boolean).join(' ')}
          />
          {mentions.open && (
            <ul id={listId} role="listbox" aria-label="People to mention" className="mention-list">
              {mentions.suggestions.map((user, index) => (
                <li
                  key={user.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === mentions.active}
                  className="mention-list__option"
                  // Before the textarea's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    mentions.pick(index);
                  }}
                >
                  <span className="mention-list__name">{user.displayName}</span> <span className="muted">@{user.handle}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div
          role="tabpanel"
          id={`${id}-panel-preview`}
          aria-labelledby={`${id}-tab-preview`}
          hidden={mode !== 'preview'}
          className="markdown-editor__preview"
          tabIndex={0}
        >
          {mode === 'preview' && <MarkdownPreview body={value} />}
        </div>
      </div>
      {mentions.unknownHandles.length > 0 && (
        <p className="field__hint markdown-editor__warning" id={warningId} role="status">
          {mentions.unknownHandles.map((h) => `@${h}`).join(', ')} {mentions.unknownHandles.length === 1 ? 'is not a member' : 'are not members'}: they will not
          be notified.
        </p>
      )}
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
