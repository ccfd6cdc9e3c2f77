/**
 * age (X25519) encryption as Node streams, through age-encryption's streaming API: memory
 * stays at a few 64 KiB chunks however large the payload is.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Decrypter, Encrypter } from 'age-encryption';
import { refusal } from './refusal';

export async function encryptStream(recipients: readonly string[], plaintext: AsyncIterable<Uint8Array>): Promise<Readable> {
  const encrypter = new Encrypter();
  for (const r of recipients) encrypter.addRecipient(r);
  const it = plaintext[Symbol.asyncIterator]();
  // Pull-based: the next piece of plaintext is produced only when the writer wants it.
  const source = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await it.return?.();
      },
    },
    { highWaterMark: 1 },
  );
  return Readable.fromWeb((await encrypter.encrypt(source)) as unknown as WebReadableStream<Uint8Array>);
}

/** Decrypted chunks; a wrong key, a damaged header or a cut or altered chunk each refuse. */
export async function* decryptStream(identities: readonly string[], ciphertext: Readable): AsyncGenerator<Uint8Array> {
  const decrypter = new Decrypter();
  for (const id of identities) decrypter.addIdentity(id);
  let plaintext: ReadableStream<Uint8Array>;
  try {
    plaintext = await decrypter.decrypt(Readable.toWeb(ciphertext) as unknown as ReadableStream<Uint8Array>);
  } catch (e) {
    throw refusal('bad_payload', `The payload cannot be opened with this computer's key: it was encrypted for someone else, or it is damaged (${(e as Error).message}).`);
  }
  const reader = plaintext.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (e) {
        throw refusal('bad_payload', `The payload is damaged or was altered (${(e as Error).message}).`);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    reader.releaseLock();
    ciphertext.destroy();
  }
}

/** Splits a byte stream into lines of strict UTF-8, refusing a line longer than `maxLine`. */
export async function* lines(chunks: AsyncIterable<Uint8Array>, maxLine: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const take = (tail: Buffer) => {
    const line = Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    try {
      return decoder.decode(line);
    } catch {
      throw refusal('bad_payload', 'The payload contains text that is not valid UTF-8.');
    }
  };
  for await (const chunk of chunks) {
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = buf.indexOf(0x0a); nl !== -1; nl = buf.indexOf(0x0a)) {
      if (pendingBytes + nl > maxLine) throw refusal('bad_payload', `A line of the payload is longer than the ${maxLine} bytes allowed.`);
      yield take(buf.subarray(0, nl));
      buf = buf.subarray(nl + 1);
    }
    if (buf.length) {
      pendingBytes += buf.length;
      if (pendingBytes > maxLine) throw refusal('bad_payload', `A line of the payload is longer than the ${maxLine} bytes allowed.`);
      pending.push(Buffer.from(buf));
    }
  }
  if (pendingBytes) throw refusal('bad_payload', 'The payload ends in the middle of a line.');
}
