/**
 * The register list: filters, search and paging done in SQL, so the first screenful of a
 * register of thousands comes back in milliseconds.
 */
import type { ChildFilter, ChildRow } from '../../shared/domain/child';
import { todayIst } from '../../shared/util/dates';
import type { Sqlite } from '../db/open';
import { AGE_BAND_BOUNDS, CURRENT_AGE_SQL } from './age-sql';
import type { ChildViewer } from './service';
import { childImage, searchTextOf, type ChildDbRow } from './records';
import { queryKeys, refreshSearchKeys } from './search-keys';
import { inCareSql } from './status-sql';
import type { ChildStatus } from '../../shared/domain/movement';
import { deadlineStates } from '../deadlines/service';

export interface Page {
  offset: number;
  limit: number | null;
}

interface ListDbRow {
  id: string;
  admission_no: string;
  name: string;
  aliases: string;
  sex: string;
  age: number | null;
  age_estimated: number;
  category: string;
  admitted_at: string;
  status: ChildStatus;
  photo_count: number;
}

function statusSql(status: NonNullable<ChildFilter['status']>, params: Record<string, unknown>): string {
  if (status === 'in_care') return inCareSql('c');
  if (status === 'left') return `NOT ${inCareSql('c')}`;
  params['status'] = status;
  return 'c.status = :status';
}

export function listRegister(db: Sqlite, filter: ChildFilter, viewer: ChildViewer, page: Page, now: Date): { rows: ChildRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { today: todayIst(now) };
  if (filter.category) {
    where.push('c.category = :category');
    params['category'] = filter.category;
  }
  if (filter.sex) {
    where.push('c.sex = :sex');
    params['sex'] = filter.sex;
  }
  if (filter.status) where.push(statusSql(filter.status, params));
  if (filter.deadline) {
    // The deadline rules run in JavaScript over every child; SQL then pages the ones in the chosen state.
    const states = deadlineStates(db, now);
    const ids = filter.deadline === 'none' ? [...states.keys()] : [...states].filter(([, s]) => s === filter.deadline).map(([id]) => id);
    params['deadlineIds'] = JSON.stringify(ids);
    where.push(`c.id ${filter.deadline === 'none' ? 'NOT IN' : 'IN'} (SELECT value FROM json_each(:deadlineIds))`);
  }
  if (filter.ageBand) {
    where.push(`${CURRENT_AGE_SQL} BETWEEN :ageMin AND :ageMax`);
    [params['ageMin'], params['ageMax']] = AGE_BAND_BOUNDS[filter.ageBand]!;
  }
  const q = filter.query.normalize('NFC').trim().toLocaleLowerCase('en-IN');
  if (q) {
    // Hidden CCL children match on admission number only: a name search must not reveal them.
    const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    params['like'] = like(q);
    // The same words in any script or spelling: the query's canonical keys against the names'.
    params['keysLike'] = like(queryKeys(q) ?? q);
    refreshSearchKeys(db, (row) => searchTextOf(childImage(row as unknown as ChildDbRow)));
    const byName = `(c.search_text LIKE :like ESCAPE '\\' OR c.search_text LIKE :keysLike ESCAPE '\\')`;
    where.push(viewer.canSeeCcl ? byName : `(CASE WHEN c.category = 'CCL' THEN lower(c.admission_no) LIKE :like ESCAPE '\\' ELSE ${byName} END)`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM children c ${whereSql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT c.id, c.admission_no, c.name, c.aliases, c.sex, ${CURRENT_AGE_SQL} AS age, c.age_estimated, c.category, c.admitted_at, c.status,
              (SELECT count(*) FROM child_photos p WHERE p.child_id = c.id) AS photo_count
         FROM children c ${whereSql}
        ORDER BY c.admitted_at DESC, c.admission_no DESC
        LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: page.limit ?? -1, offset: page.offset }) as ListDbRow[];
  return {
    total,
    rows: rows.map((r) => {
      const secret = r.category === 'CCL' && !viewer.canSeeCcl;
      return {
        id: r.id,
        admissionNo: r.admission_no,
        name: secret ? null : r.name,
        aliases: secret ? [] : (JSON.parse(r.aliases) as string[]),
        sex: r.sex as ChildRow['sex'],
        age: r.age,
        ageEstimated: r.age_estimated === 1,
        category: r.category as ChildRow['category'],
        status: r.status,
        admittedAt: r.admitted_at,
        photoCount: r.photo_count,
      };
    }),
  };
}
