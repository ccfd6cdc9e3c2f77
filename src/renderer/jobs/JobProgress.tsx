/**
 * The progress of a running job: a bar, one line saying how far it is (announced politely), and
 * a Cancel button. The words are the caller's, so each job says what it is doing.
 */
import type { JobEvent } from '../../shared/api/contract';

interface Props {
  event: JobEvent | null;
  /** The bar's accessible name, e.g. "Import progress". */
  label: string;
  /** Before the first event (or when the total is not known yet). */
  startingText: string;
  runningText: (done: number, total: number) => string;
  cancelLabel: string;
  onCancel: () => void;
}

export function JobProgress({ event, label, startingText, runningText, cancelLabel, onCancel }: Props) {
  const known = event !== null && event.total > 0;
  return (
    <div className="job-progress">
      <progress aria-label={label} max={known ? event.total : 1} value={known ? event.done : 0} />
      <p role="status">{known ? runningText(event.done, event.total) : startingText}</p>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
