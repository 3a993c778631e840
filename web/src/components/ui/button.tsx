import type { ButtonHTMLAttributes, Ref } from 'react';

type ButtonVariant = 'primary' | 'secondary' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'default' | 'small';
  /** Disables the button and shows a spinner while a request runs; the label stays the same. */
  pending?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', size = 'default', pending = false, disabled, className, type = 'button', children, ref, ...rest }: ButtonProps) {
  const classes = ['button', `button--${variant}`, size === 'small' && 'button--small', className].filter(Boolean).join(' ');
  return (
    <button {...rest} ref={ref} type={type} className={classes} disabled={disabled || pending} aria-busy={pending || undefined}>
      {pending && <span className="button__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
