/**
 * A container whose entries are already in memory: the trust list carried inside a snapshot
 * arrives as its three entries, and goes through the same checks as a trust list file.
 */
import { Readable } from 'node:stream';
import type { PackageKind } from '../../sync/format/manifest';
import type { OpenContainer } from '../../sync/format/read-container';
import { DATA_ENTRY } from '../../sync/format/container';
import { refuse } from '../../sync/format/refusal';

export function memoryContainer(kind: PackageKind, entries: ReadonlyMap<string, Buffer>): OpenContainer {
  const entry = (name: string) => entries.get(name) ?? refuse('bad_entries', `The package is missing ${name}.`);
  const dataName = DATA_ENTRY[kind];
  return {
    kind,
    dataName,
    dataSize: entry(dataName).length,
    read: async (name) => entry(name),
    stream: async (name) => Readable.from([entry(name)]),
    close: () => undefined,
  };
}
