#!/usr/bin/env node
// `pnpm release` builds, checks, then publishes the versions changesets wrote.
// `pnpm release --dry-run` does everything but the upload and lists what would go out.
import { spawnSync } from 'node:child_process';

const dryRun = process.argv.includes('--dry-run');

/** @param {string} command */
function run(command) {
  console.log(`$ ${command}`);
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true });
  if (status !== 0) process.exit(status ?? 1);
}

run('pnpm build');
run('pnpm check:packages');
if (dryRun) {
  run('pnpm --filter "./packages/*" publish --dry-run --no-git-checks --access public');
  run('changeset status --verbose');
} else {
  run('changeset publish');
}
