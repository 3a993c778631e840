import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** Called on Escape, on a click outside the panel, and by the dialog's own close buttons. */
  onClose: () => void;
  children: ReactNode;
  /** Optional one-line explanation under the title, tied to the dialog as its description. */
  description?: ReactNode;
  size?: 'small' | 'large';
}

/**
 * A modal dialog on the native <dialog> element: the browser traps focus, makes the page behind it
 * inert and closes it on Escape. Mount it to open it, unmount it to close it; focus then goes back
 * to whatever had it before (usually the button that opened it).
 */
export function Dialog({ title, onClose, children, description, size = 'small' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const autofocus = dialog.querySelector<HTMLElement>('[data-autofocus]');
    autofocus?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may have been re-rendered away (e.g. "Hide" became "Restore"); then focus stays where React put it.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // Closed by the browser itself (e.g. a second Escape that skips "cancel"): keep React's state in step.
        if (!ref.current?.open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; the panel inside covers all of its content.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog__panel">
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          <button type="button" className="dialog__close" aria-label="Close" onClick={() => onClose()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {description && (
          <p id={descriptionId} className="dialog__description">
            {description}
          </p>
        )}
        {children}
      </div>
    </dialog>
  );
}
