import { useCallback, useEffect, useRef, useState } from 'react';
import { NO_FORM_ERRORS, type FormErrors } from './graphql-errors';

/**
 * Error state for one form. `show` replaces the errors and moves focus to the first invalid field
 * (or to the form-level alert when no field is at fault), as WCAG 3.3.1 asks.
 */
export function useFormErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0 || !formRef.current) return;
    const target =
      formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      formRef.current.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [focusRequest]);

  const show = useCallback((next: FormErrors) => {
    setErrors(next);
    if (next.formError || Object.keys(next.fieldErrors).length > 0) setFocusRequest((n) => n + 1);
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

  return { formRef, errors, show, clear, clearField };
}
