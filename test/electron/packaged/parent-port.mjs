// Loaded with --import into the backend process the stand-in forks: Electron's
// process.parentPort, over Node's IPC channel (messages arrive as { data }, as in Electron).
process.parentPort = {
  on(event, listener) {
    if (event === 'message') process.on('message', (data) => listener({ data }));
  },
  postMessage(message) {
    process.send(message);
  },
};
