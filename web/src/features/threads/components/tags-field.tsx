import { TextField } from '../../../components/ui/text-field';
import { normalizeTags, THREAD_LIMITS } from '../../../lib/validation';

interface TagsFieldProps {
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
}

/** Comma-separated tags, shown as the chips the server will store; each chip can be removed. */
export function TagsField({ value, onValueChange, error }: TagsFieldProps) {
  const tags = normalizeTags(value);
  const over = tags.length > THREAD_LIMITS.tagsMax;

  function remove(tag: string) {
    onValueChange(tags.filter((t) => t !== tag).join(', '));
  }

  return (
    <div className="tags-field">
      <TextField
        label="Tags"
        name="tags"
        hint={`Optional. Up to ${THREAD_LIMITS.tagsMax}, separated by commas, e.g. billing, sso`}
        autoComplete="off"
        spellCheck={false}
        counter={`${tags.length} / ${THREAD_LIMITS.tagsMax}`}
        counterOver={over}
        value={value}
        onValueChange={onValueChange}
        error={error}
      />
      {tags.length > 0 && (
        <ul className="tag-list tags-field__chips" aria-label="Saved as">
          {tags.map((tag) => (
            <li key={tag} className="tag tag--removable">
              {tag}
              <button type="button" className="tag__remove" onClick={() => remove(tag)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove tag {tag}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
