import { Component, type ReactNode } from 'react';

interface ChartErrorBoundaryProps {
  fallback: (error: Error) => ReactNode;
  onError?: (error: Error) => void;
  children: ReactNode;
}

interface ChartErrorBoundaryState {
  error: Error | null;
}

/** Catches a failure while drawing a chart so that it never reaches the host page. */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, ChartErrorBoundaryState> {
  override state: ChartErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ChartErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error instanceof Error ? error : new Error(String(error)));
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
