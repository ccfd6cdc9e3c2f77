// Loaded with --import into every process of the packaged-app run: any attempt to reach the
// network (DNS, TCP/TLS/UDP, HTTP(S), HTTP/2, fetch, listening on a port) is written to
// $NETWORK_GUARD_LOG and then fails. A test checks the guard itself catches each of them.
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';

const logFile = process.env.NETWORK_GUARD_LOG;

function blocked(what, detail) {
  appendFileSync(logFile, `${JSON.stringify({ pid: process.pid, what, detail: String(detail ?? '') })}\n`);
  return new Error(`network-guard: ${what} blocked`);
}

const wrap = (object, name, what) => {
  object[name] = function guarded(...args) {
    throw blocked(what, typeof args[0] === 'object' ? JSON.stringify(args[0])?.slice(0, 200) : args[0]);
  };
};

// Every TCP or IPC-socket connection made by user code goes through Socket#connect.
wrap(net.Socket.prototype, 'connect', 'socket.connect');
wrap(net.Server.prototype, 'listen', 'server.listen');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'resolveSrv', 'reverse']) wrap(dns, name, `dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) wrap(dns.promises, name, `dns.promises.${name}`);
for (const [mod, label] of [[http, 'http'], [https, 'https']]) {
  wrap(mod, 'request', `${label}.request`);
  wrap(mod, 'get', `${label}.get`);
}
wrap(tls, 'connect', 'tls.connect');
wrap(http2, 'connect', 'http2.connect');
wrap(dgram, 'createSocket', 'dgram.createSocket');
globalThis.fetch = async (input) => {
  throw blocked('fetch', typeof input === 'string' ? input : input?.url);
};
// ES modules that import named bindings (`import { lookup } from 'node:dns'`) see the patches only after this.
syncBuiltinESMExports();
