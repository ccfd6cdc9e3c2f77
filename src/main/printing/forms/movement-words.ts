/** The movements' kinds and statuses, and one line per movement, in both languages for the printed register and forms. */
import { RELEASE_REASONS, type ChildStatus, type Movement, type MovementKind, type ReleaseReason } from '../../../shared/domain/movement';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { bi, type Bilingual } from '../kit/bilingual';

export const MOVEMENT_NAMES: Record<MovementKind, Bilingual> = {
  leave: bi('अवकाश पर गया', 'Went on leave'),
  leave_return: bi('अवकाश से लौटा', 'Returned from leave'),
  runaway: bi('भाग गया', 'Ran away'),
  runaway_return: bi('भागने के बाद लौटा', 'Returned after running away'),
  transfer: bi('अन्य संस्था में स्थानांतरित', 'Transferred to another CCI'),
  restoration: bi('परिवार में पुनर्स्थापित', 'Restored to family'),
  release: bi('मुक्त किया गया', 'Released'),
  death: bi('मृत्यु', 'Died'),
  readmission: bi('पुनः प्रवेश', 'Readmitted'),
};

export const STATUS_NAMES: Record<ChildStatus, Bilingual> = {
  present: bi('उपस्थित', 'Present'),
  on_leave: bi('अवकाश पर', 'On leave'),
  runaway: bi('भागा हुआ', 'Away (ran away)'),
  transferred: bi('स्थानांतरित', 'Transferred'),
  restored: bi('पुनर्स्थापित', 'Restored'),
  released: bi('मुक्त', 'Released'),
  died: bi('मृत', 'Died'),
};

export const RELEASE_REASON_NAMES: Record<ReleaseReason, Bilingual> = {
  turned_18: bi('18 वर्ष पूर्ण', 'turned 18'),
  after_care: bi('पश्चातवर्ती देखरेख', 'after care'),
  order: bi('आदेश द्वारा', 'by order'),
  not_recorded: bi('कारण दर्ज नहीं', 'reason not recorded'),
};

const both = (l: Bilingual) => `${l.hi} / ${l.en}`;

/** The details worth a line in the register, by kind (what an inspector looks for). */
function particulars(m: Movement): string[] {
  const d = (key: string): string | null => {
    const v = m.details[key];
    return typeof v === 'string' && v.trim() ? v : null;
  };
  const order = [d('orderedBy'), d('orderNo'), formatDate(d('orderDate'))].filter(Boolean).join(', ');
  const withOrder = (xs: (string | null)[]) => [...xs, order && `${both(bi('आदेश', 'order'))}: ${order}`].filter((x): x is string => !!x);
  switch (m.kind) {
    case 'leave':
      return [d('destination'), d('expectedReturnOn') && `${both(bi('लौटना', 'due back'))} ${formatDate(d('expectedReturnOn'))}`].filter((x): x is string => !!x);
    case 'runaway':
      if (m.details['policeInformed'] !== true) return [both(bi('पुलिस को सूचना नहीं', 'police not informed'))];
      return [both(bi('पुलिस को सूचना दी', 'police informed')), d('policeStation') && `${both(bi('थाना', 'PS'))} ${d('policeStation')}`, d('firGdNo') && `FIR/GD ${d('firGdNo')}`].filter((x): x is string => !!x);
    case 'runaway_return':
      return [d('whereFound'), d('broughtBy') && `${both(bi('लाने वाले', 'brought by'))} ${d('broughtBy')}`].filter((x): x is string => !!x);
    case 'transfer':
      return withOrder([[d('toInstitution'), d('toDistrict'), d('toState')].filter(Boolean).join(', ')]);
    case 'restoration':
      return withOrder([[d('restoredTo'), d('relationship') && `(${d('relationship')})`].filter(Boolean).join(' ') || null]);
    case 'release': {
      const reason = RELEASE_REASONS.find((r) => r === d('reason'));
      return withOrder([reason ? both(RELEASE_REASON_NAMES[reason]) : null, d('afterCareOrganisation')]);
    }
    case 'death':
      return [d('place'), d('cause')].filter((x): x is string => !!x);
    case 'readmission':
      return withOrder([d('referredBy')]);
    default:
      return [];
  }
}

/** "12-10-2026 09:30 — भाग गया / Ran away: पुलिस को सूचना दी / police informed; थाना / PS Kotwali; FIR/GD 45/26" */
export function movementLine(m: Movement): string {
  const more = particulars(m);
  return `${formatDateTimeIst(m.at)} — ${both(MOVEMENT_NAMES[m.kind])}${more.length ? `: ${more.join('; ')}` : ''}`;
}
