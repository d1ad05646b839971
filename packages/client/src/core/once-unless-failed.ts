/**
 * A loader run once, its promise shared by every caller, except that a failure is not kept: a
 * bundle's chunk that did not arrive fails the calls that waited for it, and the next call loads
 * it again instead of failing for good.
 */
export function onceUnlessFailed<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
