import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { PartLoadError } from './part-load-error';

interface Props {
  /** What this boundary guards, for the message ("the charts"). */
  area: string;
  children: ReactNode;
}

/** Keeps one broken panel from blanking the whole page, and says what broke. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`TrainTab: ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const retry = () => {
      if (error instanceof PartLoadError) error.retry();
      this.setState({ error: null });
    };
    if (error instanceof PartLoadError) {
      const { area } = this.props;
      return (
        <div role="alert" className="alert">
          <p>
            {area.charAt(0).toUpperCase() + area.slice(1)} could not be loaded: the network may be
            down, or TrainTab was updated since this page was opened.
          </p>
          <button type="button" onClick={retry}>
            Try again
          </button>{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      );
    }
    return (
      <div role="alert" className="alert">
        <p>
          Something went wrong in {this.props.area}: {error.message}
        </p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
}
