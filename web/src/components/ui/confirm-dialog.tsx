import { useState, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog } from './dialog';
import { describeError } from '../../lib/graphql-errors';

interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}

/** "Are you sure?" for destructive actions; Cancel has focus first. */
export function ConfirmDialog({ title, description, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setPending(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setPending(false);
      setError(describeError(err));
    }
  }

  return (
    <Dialog title={title} onClose={onClose} description={description}>
      {error && (
        <Alert tone="error" className="card__alert">
          {error}
        </Alert>
      )}
      <div className="dialog__actions">
        <Button variant="danger" pending={pending} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onClose} disabled={pending} data-autofocus>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
