import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error.tsx';

interface State {
  error?: unknown;
}

/**
 * Last line of defence around the pages: one that failed to load (a deploy replaced its chunk, the network
 * dropped) or to render says so. Keyed by the page's path where it is used, so leaving the page clears it.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    return 'error' in this.state ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
