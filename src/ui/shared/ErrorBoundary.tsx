import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PartLoadError } from './part-load-error';

interface Props {
  /** What this boundary guards, for the message ("the charts"), in the language on screen. */
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
    return <BoundaryAlert area={this.props.area} error={error} retry={retry} />;
  }
}

/** What the boundary shows in the broken part's place, in the language on screen. */
function BoundaryAlert({ area, error, retry }: { area: string; error: Error; retry(): void }) {
  const { t } = useTranslation('shared');
  if (error instanceof PartLoadError) {
    // It opens the sentence: "The lessons could not be loaded" (scripts without case are unchanged).
    const opening = area.charAt(0).toUpperCase() + area.slice(1);
    return (
      <div role="alert" className="alert">
        <p>{t('errors.notLoaded', { area: opening })}</p>
        <button type="button" onClick={retry}>
          {t('errors.tryAgain')}
        </button>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    );
  }
  return (
    <div role="alert" className="alert">
      <p>{t('errors.crashed', { area, message: error.message })}</p>
      <button type="button" onClick={retry}>
        {t('errors.tryAgain')}
      </button>
    </div>
  );
}
