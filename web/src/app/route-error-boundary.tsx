import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Button } from '../components/ui/button';
import { StatusPage } from '../components/ui/status-page';

/**
 * Layout route around every page: a page that throws while rendering (or whose code fails to load) shows the error
 * message inside the layout, so the header and footer stay; moving to another page clears it.
 */
export function PageErrorBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname}>
      <Outlet />
    </ErrorBoundary>
  );
}

interface ErrorBoundaryProps {
  resetKey: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failedAt: string | null;
}

class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failedAt: null };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failedAt: '' };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    // Remember the page that failed; another page starts clean.
    if (state.failedAt === '') return { failedAt: props.resetKey };
    if (state.failedAt !== null && state.failedAt !== props.resetKey) return { failedAt: null };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    if (import.meta.env.DEV) console.error(error, info.componentStack);
  }

  render() {
    return this.state.failedAt === null ? this.props.children : <ErrorMessage />;
  }
}

function ErrorMessage() {
  return (
    <StatusPage
      code="Something went wrong"
      title="This page hit a problem"
      actions={
        <>
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
          <a className="button button--secondary" href="/">
            Go to the home page
          </a>
        </>
      }
    >
      <p>It's not you, it's us. Reloading usually helps; if it keeps happening, try again in a few minutes.</p>
    </StatusPage>
  );
}
