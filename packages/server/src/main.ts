#!/usr/bin/env node
// The plankit-server command: configuration from the environment, start, print where to go, stop cleanly.
import { ConfigError, loadConfig } from './config.js';
import { generateDemoTokens } from './auth/tokens.js';
import { startServer } from './index.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`plankit-server: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const demo = config.tokens === null;
  const tokens = config.tokens ?? generateDemoTokens();
  let server;
  try {
    server = await startServer({
      port: config.port,
      host: config.host,
      dbPath: config.dbPath,
      tokens,
      demoSessions: demo,
      corsOrigins: config.corsOrigins,
      seed: config.seed,
      grids: config.grids,
      retailers: config.retailers,
      rateLimit: config.rateLimit,
      now: config.now,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(`plankit-server: could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  // Handlers go in before the "listening" line: whoever waits for that line may signal at once.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`plankit-server: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`plankit-server: ${signal}: closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`plankit-server: error while closing: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // performance.now() counts from process start, so this includes loading the code.
  const ms = Math.round(performance.now());
  const lines = [
    `Plankit server listening on ${server.url} (ready in ${ms} ms)`,
    `  demo page   ${server.url}/`,
    `  API         ${server.url}/api/v1  (OpenAPI: ${server.url}/api/v1/openapi.json)`,
    `  database    ${config.dbPath}${server.seeded ? ' (seeded now)' : ''}`,
  ];
  if (demo) {
    // The only place tokens are ever printed: demo tokens live as long as this process.
    lines.push('  demo tokens (set PLANKIT_TOKENS to use your own):');
    for (const grant of tokens) lines.push(`    ${grant.role.padEnd(6)}  ${grant.token}`);
  } else {
    lines.push(`  tokens      ${tokens.length} from PLANKIT_TOKENS`);
  }
  console.log(lines.join('\n'));
}

void main();
