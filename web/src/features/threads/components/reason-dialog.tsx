import { useState, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Form, SubmitButton } from '../../../components/ui/form';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { reasonProblem } from '../../../lib/validation';

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
  const [reason, setReason] = useState('');
  const form = useFormSubmit({
    fields: ['reason', ...extraFields],
    validate: () => ({ ...validateExtra?.(), reason: reasonProblem(reason) }),
    submit: async () => {
      await onConfirm(reason.trim());
      onClose();
    },
    leavesOnSuccess: true,
  });

  return (
    <Dialog title={title} onClose={onClose} description={description}>
      <Form form={form}>
        {renderExtra?.(form.errors.fieldErrors, form.clearField)}
        <TextareaField
          label="Reason"
          name="reason"
          hint="Recorded in the moderation log with your name"
          required
          rows={3}
          data-autofocus
          value={reason}
          {...form.field('reason', setReason)}
        />
        <div className="dialog__actions">
          <SubmitButton form={form} variant={danger ? 'danger' : 'primary'}>
            {confirmLabel}
          </SubmitButton>
          <Button variant="secondary" onClick={onClose} disabled={form.pending}>
            Cancel
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
