import { Component, type ReactNode } from 'react';

interface ChartErrorBoundaryProps {
  fallback: (error: Error) => ReactNode;
  onError?: (error: Error) => void;
  children: ReactNode;
}

interface ChartErrorBoundaryState {
  error: Error | null;
}

/** `error` as an `Error`: itself if it is one, else wrapped with its text. */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Catches a failure while drawing a chart so that it never reaches the host page. */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, ChartErrorBoundaryState> {
  override state: ChartErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ChartErrorBoundaryState {
    return { error: toError(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(toError(error));
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
