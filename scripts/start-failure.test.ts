import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startFailure } from './start-failure.ts';

describe('startFailure', () => {
  it('names a port in use and the flags that choose others, from a real EADDRINUSE', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    const error = await new Promise<unknown>((resolve) => {
      const second = createServer();
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
    holder.close();
    expect(startFailure(error)).toBe(
      `port ${port} is already in use. Stop what holds it, or choose other ports: npm start -- --port <emulator port> --app-port <app port>.`,
    );
  });

  it("reads Vite's own message for the app's port", () => {
    expect(startFailure(new Error('Port 5173 is already in use'))).toMatch(/^port 5173 is already in use\./);
  });

  it('keeps any other failure as it is', () => {
    expect(startFailure(new Error('boom'))).toMatch(/^Error: boom/);
  });
});
