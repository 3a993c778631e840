import { useEffect, useRef, type FormHTMLAttributes, type ReactNode } from 'react';
import type { FormSubmit } from '../../lib/use-form-submit';
import { Alert } from './alert';
import { Button } from './button';

interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> {
  /** From `useFormSubmit`. */
  form: FormSubmit;
  /** Above the error summary: a notice about where the form is (e.g. "This thread is locked"). */
  intro?: ReactNode;
  /** Server field errors that have no input on this form (e.g. the forum of a new thread): shown as form alerts. */
  alertFields?: readonly string[];
  /** Shown after a submit that kept the form on the page, until the next one. */
  savedMessage?: ReactNode;
  children: ReactNode;
}

/**
 * A form checked by our own rules (noValidate), with the error summary every form shows first: the form-level
 * alert (role=alert) that takes focus when no field is to blame, then any success notice, then the fields.
 */
export function Form({ form, intro, alertFields = [], savedMessage, className, children, ...rest }: FormProps) {
  const { errors, errorsShown } = form;
  const formRef = useRef<HTMLFormElement>(null);

  // Each time errors are shown, focus goes to the first invalid field, else to the form's alert (WCAG 3.3.1).
  useEffect(() => {
    if (errorsShown === 0 || !formRef.current) return;
    const target = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [errorsShown]);

  return (
    <form {...rest} ref={formRef} className={['form', className].filter(Boolean).join(' ')} noValidate onSubmit={form.handleSubmit}>
      {intro}
      {errors.formError && (
        <Alert tone="error" formAlert>
          {errors.formError}
        </Alert>
      )}
      {alertFields.map(
        (field) =>
          errors.fieldErrors[field] && (
            <Alert key={field} tone="error" formAlert>
              {errors.fieldErrors[field]}
            </Alert>
          ),
      )}
      {form.saved && savedMessage && <Alert tone="success">{savedMessage}</Alert>}
      {children}
    </form>
  );
}

interface SubmitButtonProps {
  form: FormSubmit;
  variant?: 'primary' | 'danger';
  children: ReactNode;
}

/** The form's submit button: busy (disabled, with a spinner) while the form is sending. */
export function SubmitButton({ form, variant = 'primary', children }: SubmitButtonProps) {
  return (
    <Button type="submit" variant={variant} pending={form.pending}>
      {children}
    </Button>
  );
}
