/**
 * The ports of the servers the browser tests start. Chosen free once, in the process that loads the config,
 * and passed to the workers through the environment, so a server someone else runs on 4173 is never reused.
 */
import { execFileSync } from 'node:child_process';

function freePorts(): [number, number] {
  // Synchronous because Playwright reads its config synchronously: a child process asks the OS for two ports.
  const script =
    "const n=require('net');const a=n.createServer().listen(0,'127.0.0.1',()=>{const b=n.createServer().listen(0,'127.0.0.1',()=>{" +
    "process.stdout.write(a.address().port+' '+b.address().port);a.close();b.close();});});";
  const [app, host] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).split(' ').map(Number);
  return [app!, host!];
}

if (!process.env.E2E_APP_PORT || !process.env.E2E_HOST_PORT) {
  const [app, host] = freePorts();
  process.env.E2E_APP_PORT = String(app);
  process.env.E2E_HOST_PORT = String(host);
}

export const APP_PORT = Number(process.env.E2E_APP_PORT);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT);
/** The app, as the tests load it. */
export const APP = `http://127.0.0.1:${APP_PORT}/`;
/** The host article pages, on another origin than the app. */
export const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** The host pages under another name, a third origin. */
export const OTHER = `http://localhost:${HOST_PORT}`;
