// `npm run desk`: the desk server, configured by environment variables (docs/desk-sync.md).
import { DeskConfigError, deskConfigFromEnv } from './config';
import { startDesk } from './desk-server';

try {
  const config = deskConfigFromEnv(process.env);
  const desk = await startDesk(config);
  console.log(
    `Factmark desk "${config.name}" on http://${config.host}:${desk.port} (data in ${config.dataDir}, ${config.reviewers.length} reviewer${config.reviewers.length === 1 ? '' : 's'}${config.redis ? ', Redis' : ''})`,
  );
  const stop = () => {
    // store every open document before leaving
    void desk.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(
    err instanceof DeskConfigError
      ? err.message
      : `The desk server could not start: ${String(err)}`,
  );
  process.exit(1);
}
