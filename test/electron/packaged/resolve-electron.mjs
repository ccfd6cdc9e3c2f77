// Module resolve hook: the bare specifier `electron` becomes the stand-in module.
const STAND_IN = new URL('./stand-in-electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STAND_IN, shortCircuit: true };
  return next(specifier, context);
}
