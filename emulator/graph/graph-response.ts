/** What Graph answers; `drop` closes the connection, `raw` is sent as is (fault injection, text bodies). */
export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  raw?: string;
  drop?: boolean;
}
