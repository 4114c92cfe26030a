// The built app and an emulator of a given size, started the way `npm start` does, for the browser rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface AppServer {
  appUrl: string;
  emulatorUrl: string;
  stop: () => Promise<void>;
}

export async function startApp(opts: {
  users: number;
  emulatorPort: number;
  appPort: number;
  outDir: string;
}) {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/start.ts',
      '--control',
      '--hostile-users',
      '--skip-build',
      '--port',
      String(opts.emulatorPort),
      '--app-port',
      String(opts.appPort),
      '--users',
      String(opts.users),
    ],
    { cwd: ROOT, env: { ...process.env, BUILD_OUT_DIR: opts.outDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  await new Promise<void>((ready, fail) => {
    const onData = (data: Buffer) => {
      log += data.toString();
      if (/^ready /m.test(log)) ready();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`start.ts exited (${code}):\n${log}`)));
  });
  const server: AppServer = {
    appUrl: `http://localhost:${opts.appPort}`,
    emulatorUrl: `https://localhost:${opts.emulatorPort}`,
    stop: () =>
      new Promise((done) => {
        child.removeAllListeners('exit');
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
  return server;
}
