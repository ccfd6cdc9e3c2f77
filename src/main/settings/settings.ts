/** Institution settings, journaled like every other record. */
import { AppError } from '../../shared/api/errors';
import type { Institution } from '../../shared/api/contract';
import { EMPTY_LETTERHEAD, type Letterhead } from '../../shared/domain/letterhead';
import type { Sqlite } from '../db/open';
import { appendJournal, type Actor } from '../journal/journal';

export class SettingsRepo {
  constructor(
    private readonly db: Sqlite,
    private readonly now: () => Date,
  ) {}

  get<T>(key: string): T | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  /** Sets a value and journals it; the caller owns the transaction. */
  put(key: string, value: unknown, actor: Actor): void {
    const before = this.get<unknown>(key);
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
    appendJournal(this.db, { actor, at: this.now().toISOString(), entity: 'setting', entityId: key, op: before === undefined ? 'create' : 'update', before: before ?? null, after: value });
  }

  institution(): Institution {
    const inst = this.get<Institution>('institution');
    if (!inst) throw new AppError('not_set_up', 'Homeward has not been set up on this computer yet.');
    return inst;
  }

  letterhead(): Letterhead {
    return this.get<Letterhead>('letterhead') ?? EMPTY_LETTERHEAD;
  }
}
