/**
 * What a card needs from a report: a TanStack query result fits, and so do figures counted from the
 * registration scan when exclusions are on.
 */
export interface ReportSource<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}
