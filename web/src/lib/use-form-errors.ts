import { useCallback, useState } from 'react';
import { NO_FORM_ERRORS, type FormErrors } from './graphql-errors';

/**
 * Error state for one form. `show` replaces the errors; `shownCount` counts the times it showed any, and
 * `<Form>` (components/ui/form.tsx) then moves focus to the first invalid field (or to the form-level alert
 * when no field is at fault), as WCAG 3.3.1 asks.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [shownCount, setShownCount] = useState(0);

  const show = useCallback((next: FormErrors) => {
    setErrors(next);
    if (next.formError || Object.keys(next.fieldErrors).length > 0) setShownCount((n) => n + 1);
  }, []);

  const clear = useCallback(() => setErrors(NO_FORM_ERRORS), []);

  /** Drops one field's message once the person edits that field. */
  const clearField = useCallback((field: string) => {
    setErrors((current) => {
      if (!(field in current.fieldErrors)) return current;
      const { [field]: _removed, ...rest } = current.fieldErrors;
      return { ...current, fieldErrors: rest };
    });
  }, []);

  return { errors, shownCount, show, clear, clearField };
}
