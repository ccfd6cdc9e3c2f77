/**
 * Opens a payload.age after its hash has been checked: decrypts it as a stream, splits it
 * into lines within the size limit, and checks that the first line repeats the manifest's
 * binding fields, so a payload cannot be moved under another manifest.
 */
import { canonicalJson } from '../../../shared/util/canonical-json';
import { decryptStream, lines } from './age-stream';
import { LIMITS } from './container';
import type { OpenContainer } from './read-container';
import { refuse } from './refusal';
import { bindingOf, headerLine } from './sync-payload';

export async function* payloadLines(container: OpenContainer, identities: readonly string[], manifest: { entries: unknown }): AsyncGenerator<unknown> {
  const expectedHeader = headerLine(bindingOf(manifest)).trimEnd();
  let first = true;
  for await (const line of lines(decryptStream(identities, await container.stream('payload.age')), LIMITS.payloadLineBytes)) {
    if (first) {
      if (line !== expectedHeader) refuse('payload_mismatch', 'The payload’s header does not match the signed manifest: the payload belongs to another package.');
      first = false;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return refuse('bad_payload', 'A line of the payload is not valid JSON.');
    }
    if (canonicalJson(value) !== line) refuse('bad_payload', 'A line of the payload is not in canonical form.');
    yield value;
  }
  if (first) refuse('payload_mismatch', 'The payload is empty: it has no header.');
}
