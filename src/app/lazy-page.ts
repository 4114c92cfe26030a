import type { ComponentType } from 'react';

/** A page in a chunk of its own, asked for on arrival or sooner. */
export interface LazyPage {
  preload: () => Promise<ComponentType>;
  /** The page's component once its chunk has arrived. */
  loaded: () => ComponentType | undefined;
}

/**
 * The app can ask for a page's chunk before React reaches it (the first page's download starts beside the
 * shell's first render). A failed download is asked again on the next try (a deploy replaced the chunk, or
 * the network blinked).
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<ComponentType> | undefined;
  let component: ComponentType | undefined;
  return {
    preload: () =>
      (loading ??= load().then(
        (page) => (component = page),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => component,
  };
}
