#!/usr/bin/env node
// Thin launcher: the registry CLI is bundled into dist/ by `npm run build` (run by `prepare` on npm ci).
import('../dist/main/registry/cli.js');
