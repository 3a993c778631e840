import { useCallback, useState, type FormEvent } from 'react';
import { toFormErrors, type FormErrors } from './graphql-errors';
import { useFormErrors } from './use-form-errors';
import { collectProblems } from './validation';

export interface FormSubmitOptions {
  /** Server errors naming one of these fields show next to it; every other error goes to the form's alert. */
  fields: readonly string[];
  /** Problems found before anything is sent, by field (undefined when the field is fine). */
  validate: () => Record<string, string | undefined>;
  /** Sends the form; rejecting with the request's error shows that error on the form. */
  submit: () => Promise<void>;
  /**
   * Success takes the form away (a navigation, a closing dialog, an editor that closes): the submit button
   * stays busy until it is gone, so it cannot be pressed twice while the next page loads.
   */
  leavesOnSuccess?: boolean;
  /** Rewrites the server's errors before they are shown (a field the person cannot fix becomes a form message). */
  adjustErrors?: (errors: FormErrors) => FormErrors;
}

export interface FormSubmit {
  errors: FormErrors;
  /** Goes up each time errors are shown: `<Form>` then moves focus to the first one. */
  errorsShown: number;
  /** True while the request runs (and after it, when success takes the form away). */
  pending: boolean;
  /** True after a successful submit that kept the form on the page, until the next submit or `clearSaved`. */
  saved: boolean;
  clearSaved: () => void;
  clearField: (field: string) => void;
  /** For a field's `onValueChange` and `error`: stores the value and drops the field's message once it is edited. */
  field: (name: string, setValue: (value: string) => void) => { error: string | undefined; onValueChange: (value: string) => void };
  /** The form's onSubmit, also called by keyboard shortcuts (then without an event). */
  handleSubmit: (event?: FormEvent<HTMLFormElement>) => Promise<void>;
}

/**
 * One way to submit a form: check it, send it once, and show what went wrong (field messages and the form's
 * alert; `<Form>` moves focus to the first problem). Render it with `<Form>` from components/ui/form.
 */
export function useFormSubmit({ fields, validate, submit, leavesOnSuccess = false, adjustErrors }: FormSubmitOptions): FormSubmit {
  const { errors, shownCount, show, clear, clearField } = useFormErrors();
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const clearSaved = useCallback(() => setSaved(false), []);

  async function handleSubmit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (pending) return;
    setSaved(false);
    const problems = collectProblems(validate());
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });

    clear();
    setPending(true);
    try {
      await submit();
      if (!leavesOnSuccess) {
        setPending(false);
        setSaved(true);
      }
    } catch (error) {
      setPending(false);
      const formErrors = toFormErrors(error, fields);
      show(adjustErrors ? adjustErrors(formErrors) : formErrors);
    }
  }

  function field(name: string, setValue: (value: string) => void) {
    return {
      error: errors.fieldErrors[name],
      onValueChange: (value: string) => {
        setValue(value);
        clearField(name);
      },
    };
  }

  return { errors, errorsShown: shownCount, pending, saved, clearSaved, clearField, field, handleSubmit };
}
