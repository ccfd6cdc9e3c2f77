/**
 * The API the snapshot import, the Matches screen and jobs call: index a snapshot of
 * missing-child reports; rank reports for children in care, with explanations.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { childProfile } from './child-profile';
import type { Explanation } from './fellegi-sunter';
import { CancelledError, type BuildOptions } from './index-build';
import { labelOf, type MatchLabel } from './labels';
import { Matcher } from './matcher';
import { buildIndexInParallel } from './parallel-build';
import { spawnWorker } from '../jobs/spawn-worker';
import { DistrictAdjacency } from './places';
import type { PreparedPerson } from './prepared-person';
import { childToPerson, reportToPerson, type ChildForMatching, type MissingReport, type PersonRecord } from './records';

export interface ReportCandidate {
  reportId: string;
  label: MatchLabel;
  probability: number;
  totalWeight: number;
  explanation: Explanation;
}

export interface ChildMatches {
  childId: string;
  candidates: ReportCandidate[];
}

export interface MatchOptions {
  /** The folder holding resources/geo (the app's resources dir; the repo root in tests). */
  resourcesDir: string;
  /** Candidates returned per child. */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  cancelled?: () => boolean;
}

const adjacencyCache = new Map<string, DistrictAdjacency>();
/** The child-against-report profile (district adjacency loaded once per resources folder). */
export function reportProfile(resourcesDir: string) {
  let adj = adjacencyCache.get(resourcesDir);
  if (!adj) adjacencyCache.set(resourcesDir, (adj = DistrictAdjacency.load(resourcesDir)));
  return childProfile(adj);
}

const parseReport = (text: string) => reportToPerson(JSON.parse(text) as MissingReport);

/**
 * Replaces the index with one of these reports (JSON texts of MissingReport, streamed),
 * preparing them on worker threads and writing beside the live index until a short swap
 * (see buildIndexInParallel). A cancel leaves the live index as it was.
 */
export function buildReportIndex(db: Database.Database, reports: Iterable<string>, opts: BuildOptions & { resourcesDir: string; workers?: number; withSwap?: () => void }): Promise<{ count: number }> {
  const spawn = () => spawnWorker(import.meta.url, 'matching', 'report-prepare-worker', { resourcesDir: opts.resourcesDir });
  return buildIndexInParallel(db, reportProfile(opts.resourcesDir), reports, { ...opts, spawn, parse: parseReport });
}

const toCandidate = (reportId: string, explanation: Explanation): ReportCandidate => ({
  reportId,
  label: labelOf(explanation.probability),
  probability: explanation.probability,
  totalWeight: explanation.total,
  explanation,
});

/** A matcher over the built index, for many calls (it holds per-index buffers). */
export class ReportMatcher {
  private readonly matcher: Matcher<PersonRecord, PreparedPerson>;

  constructor(db: Database.Database, resourcesDir: string) {
    this.matcher = new Matcher(db, reportProfile(resourcesDir));
  }

  matchChild(child: ChildForMatching, limit = 10): ReportCandidate[] {
    const query = this.matcher.profile.prepare(childToPerson(child));
    return this.matcher
      .match(query)
      .slice(0, limit)
      .map((c) => toCandidate(c.id, c.explanation));
  }

  /** Blocking only: the report ids a child would be scored against (for measuring pair completeness). */
  candidateIds(child: ChildForMatching): string[] {
    const query = this.matcher.profile.prepare(childToPerson(child));
    return this.matcher.candidates(query).map((c) => this.matcher.profile.idOf(this.matcher.profile.deserialize(this.matcher.index.payload(c.id))));
  }

  /** The explanation for one child against one report, found or not by blocking. */
  explain(child: ChildForMatching, report: MissingReport): ReportCandidate {
    const profile = this.matcher.profile;
    return toCandidate(report.report_id, this.matcher.explain(profile.prepare(childToPerson(child)), profile.prepare(reportToPerson(report))));
  }
}

/** False when the index was built by another version of the profile (or not at all): it must be rebuilt from the reports held. */
export function indexIsCurrent(db: Database.Database, resourcesDir: string): boolean {
  const row = db.prepare("SELECT value FROM match_meta WHERE key = 'profile'").get() as { value: string } | undefined;
  return row?.value === reportProfile(resourcesDir).name;
}

/** For a job: every child ranked against the index, progress after each child, stops when cancelled. */
export function matchChildren(db: Database.Database, children: readonly ChildForMatching[], opts: MatchOptions): ChildMatches[] {
  const matcher = new ReportMatcher(db, opts.resourcesDir);
  const out: ChildMatches[] = [];
  for (const child of children) {
    if (opts.cancelled?.()) throw new CancelledError();
    out.push({ childId: child.id, candidates: matcher.matchChild(child, opts.limit) });
    opts.onProgress?.(out.length, children.length);
  }
  return out;
}
