import { useId, type InputHTMLAttributes, type Ref } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  name: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown under the label and always announced with the field. */
  hint?: string;
  /** When set the field is marked invalid and the message is tied to it. */
  error?: string;
  /** A short count such as "12 / 200", shown at the end of the label row and read with the field. */
  counter?: string;
  /** True when the count is outside the allowed range: it turns red. */
  counterOver?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input whose hint and error are wired to it with aria-describedby. */
export function TextField({ label, name, value, onValueChange, hint, error, counter, counterOver = false, inputRef, className, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  const describedBy = [hintId, counterId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {counter && (
          <span className={counterOver ? 'field__counter field__counter--over' : 'field__counter'} id={counterId}>
            {counter}
          </span>
        )}
      </div>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      <input
        {...rest}
        ref={inputRef}
        id={id}
        name={name}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <span className="field__error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
