// Loaded with --import into the packaged main process: `electron` resolves to the stand-in
// (the real binary cannot be downloaded here); every other import resolves as packaged.
import { register } from 'node:module';

register(new URL('./resolve-electron.mjs', import.meta.url));
