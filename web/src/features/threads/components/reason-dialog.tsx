import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { toFormErrors } from '../../../lib/graphql-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { collectProblems, reasonProblem } from '../../../lib/validation';

interface ReasonDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Extra fields above the reason (e.g. the target forum of a move), given their errors. */
  renderExtra?: (fieldErrors: Record<string, string>, clearField: (field: string) => void) => ReactNode;
  /** Problems with the extra fields, checked before sending. */
  validateExtra?: () => Record<string, string | undefined>;
  /** Server error fields that belong to the extra fields (e.g. forumId). */
  extraFields?: readonly string[];
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Moderator actions are audit-logged: this dialog asks for the reason ("Reason", required) and confirms. */
export function ReasonDialog({
  title,
  description,
  confirmLabel,
  danger = false,
  renderExtra,
  validateExtra,
  extraFields = [],
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { formRef, errors, show, clear, clearField } = useFormErrors();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectProblems({ ...validateExtra?.(), reason: reasonProblem(reason) });
    if (Object.keys(problems).length > 0) return show({ fieldErrors: problems });
    clear();
    setPending(true);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (error) {
      setPending(false);
      show(toFormErrors(error, ['reason', ...extraFields]));
    }
  }

  return (
    <Dialog title={title} onClose={onClose} description={description}>
      <form ref={formRef} className="form" noValidate onSubmit={handleSubmit}>
        {errors.formError && (
          <Alert tone="error" formAlert>
            {errors.formError}
          </Alert>
        )}
        {renderExtra?.(errors.fieldErrors, clearField)}
        <TextareaField
          label="Reason"
          name="reason"
          hint="Recorded in the moderation log with your name"
          required
          rows={3}
          data-autofocus
          value={reason}
          onValueChange={(value) => {
            setReason(value);
            clearField('reason');
          }}
          error={errors.fieldErrors.reason}
        />
        <div className="dialog__actions">
          <Button type="submit" variant={danger ? 'danger' : 'primary'} pending={pending}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
