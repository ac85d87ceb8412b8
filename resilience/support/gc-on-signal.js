// Preloaded into the app by the soak (node --expose-gc -r …): SIGUSR2 runs a full garbage collection, so that a
// memory sample shows what the app retains rather than how lazily V8 collects.
process.on('SIGUSR2', () => global.gc?.())
