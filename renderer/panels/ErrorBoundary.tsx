import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the panel once it has thrown. */
  fallback: (error: Error) => ReactNode;
  onError: (error: Error) => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** One per panel (and one around the whole grid): what throws inside is replaced by its fallback; the rest never notices. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError(error instanceof Error ? error : new Error(String(error)));
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
