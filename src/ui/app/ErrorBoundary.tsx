import { Component, type ErrorInfo, type ReactNode } from 'react';
import { technicalText } from '../common/problem';

interface Props {
  children: ReactNode;
  /** Offers a way out (back to the library), and resets the boundary. */
  onRecover: () => void;
}

/**
 * Keeps one broken view (an article whose stored document cannot be shown)
 * from blanking the app: it says what happened and offers a way out. Nothing
 * stored is touched.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Factmark could not show this view', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="problem" role="alert">
        <h1>This article could not be shown</h1>
        <p>Nothing stored was changed. Go to the library, or reload the page.</p>
        <details className="notice-technical">
          <summary>Details</summary>
          <pre>{technicalText(error)}</pre>
        </details>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRecover();
          }}
        >
          Go to the library
        </button>
      </div>
    );
  }
}
