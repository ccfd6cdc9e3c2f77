/**
 * Form 44 [Rule 82(1)], the release-cum-restoration order, and Form 45 [Rule 82(4)], the
 * escort order, from the child's latest restoration in the movements. With none recorded
 * they print with the child's details filled in and the order's lines blank, to complete by
 * hand (the Committee often writes the order in its sitting).
 */
import type { Child } from '../../../shared/domain/child';
import type { Movement } from '../../../shared/domain/movement';
import { formatDate, formatDateTimeIst } from '../../../shared/util/dates';
import { html, type Html } from '../kit/html';
import { bi, inline, type Bilingual } from '../kit/bilingual';
import { items, signatures, type Item } from '../kit/fields';
import { formHead } from '../kit/form-head';
import { letterhead, type LetterheadView } from '../kit/letterhead';
import type { PrintImage } from '../kit/photo';

export interface RestorationFormData {
  letterhead: LetterheadView;
  child: Child;
  photo: PrintImage | null;
  /** The child's latest restoration, or null when none is recorded. */
  restoration: Movement | null;
}

const detail = (m: Movement | null, key: string): string | null => {
  const v = m?.details[key];
  return typeof v === 'string' && v.trim() ? v : null;
};

const home = (c: Child) => [c.address.village, c.address.policeStation, c.address.district, c.address.state, c.address.pin].filter(Boolean).join(', ');

/** "son of" / "daughter of" as the child's sex reads, with the parents' names. */
function parentage(c: Child): Item {
  const rel: Bilingual = c.sex === 'female' ? bi('पुत्री', 'Daughter of') : c.sex === 'male' ? bi('पुत्र', 'Son of') : bi('संतान', 'Child of');
  return { label: rel, value: [c.fatherName, c.motherName].filter(Boolean).join(', ') || c.guardianName };
}

/** The body that placed the child: by law the Committee places a child in need of care, the Board a child in conflict with law. */
const placedBy = (c: Child): Bilingual => (c.category === 'CCL' ? bi('किशोर न्याय बोर्ड', 'Juvenile Justice Board') : bi('बाल कल्याण समिति', 'Child Welfare Committee'));

const admissionNote = (c: Child) => html`${inline(bi('प्रवेश संख्या', 'Admission No.'))}: <b>${c.admissionNo}</b>`;

/** Form 44 also asks for the case / profile number, which the case history's profile records. */
export function form44({ letterhead: lh, child: c, photo, restoration: r, caseNo }: RestorationFormData & { caseNo: string | null }): Html {
  const d = (k: string) => detail(r, k);
  return html`${letterhead(lh)}
  ${formHead({ number: bi('प्रपत्र 44', 'FORM 44'), rule: bi('नियम 82(1)', 'Rule 82(1)'), title: bi('मुक्ति-सह-पुनर्स्थापन आदेश', 'Release-cum-restoration order'), note: admissionNote(c), photo })}
  ${items([
    { no: '1.', label: bi('बालक का नाम', 'Name of the child'), value: c.name },
    { no: '2.', ...parentage(c) },
    { no: '3.', label: bi('पता', 'Address'), value: home(c), lines: 2 },
    { no: '4.', label: bi('मामला / प्रोफ़ाइल संख्या', 'Case / profile No.'), value: caseNo },
    { no: '5.', label: bi('जिस संस्था में रखा गया, और तिथि', 'Placed in (institution) and date'), value: `${lh.name}, ${formatDateTimeIst(c.admittedAt).slice(0, 10)}` },
    { no: '6.', label: bi('किसके आदेश से (समिति / बोर्ड), आदेश संख्या', 'By order of (Committee / Board), order No.'), value: c.orderNo ? html`${inline(placedBy(c))}, ${c.orderNo}` : null },
    { no: '7.', label: bi('ज़िला', 'District'), value: lh.district },
    { no: '8.', label: bi('धारा', 'Under section'), value: d('section') },
    { no: '9.', label: bi('अवधि', 'For a term of') },
    { no: '10.', label: bi('वर्तमान संस्था और ज़िला', 'Present institution and district'), value: `${lh.name}, ${lh.district}` },
    { no: '11.', label: bi('जिसे मुक्त / पुनर्स्थापित किया गया (नाम, संबंध)', 'Released / restored to (name, relationship)'), value: [d('restoredTo'), d('relationship') && `(${d('relationship')})`].filter(Boolean).join(' ') },
    { no: '12.', label: bi('उनका पता', 'Their address'), value: d('address'), lines: 2 },
    { no: '13.', label: bi('किसके पर्यवेक्षण में', 'Under the supervision of'), value: d('supervisedBy') },
    { no: '14.', label: bi('मुक्ति / पुनर्स्थापन का कारण', 'Reason for release / restoration'), value: d('reason'), lines: 3 },
    { no: '15.', label: bi('आदेश संख्या और तिथि', 'Order No. and date'), value: [d('orderNo'), formatDate(d('orderDate'))].filter(Boolean).join(', ') },
    { no: '16.', label: bi('आदेश देने वाली समिति / बोर्ड', 'Ordered by (Committee / Board)'), value: d('orderedBy') },
    { no: '17.', label: bi('आदेश का स्थान', 'Place of order'), value: d('placeOfOrder') },
  ])}
  ${signatures([bi('मुहर', 'Seal'), bi('अध्यक्ष / सदस्य, बाल कल्याण समिति या प्रधान मजिस्ट्रेट, किशोर न्याय बोर्ड', 'Chairperson / Member, Child Welfare Committee, or Principal Magistrate, Juvenile Justice Board')])}`;
}

export function form45({ letterhead: lh, child: c, photo, restoration: r }: RestorationFormData): Html {
  const d = (k: string) => detail(r, k);
  return html`${letterhead(lh)}
  ${formHead({ number: bi('प्रपत्र 45', 'FORM 45'), rule: bi('नियम 82(4)', 'Rule 82(4)'), title: bi('अनुरक्षण (एस्कॉर्ट) आदेश', 'Escort order'), note: admissionNote(c), photo })}
  ${items([
    { no: '1.', label: bi('अनुरक्षण अधिकारी का नाम', 'Name of the escort officer'), value: d('escortOfficer') },
    { no: '2.', label: bi('पदनाम', 'Designation'), value: d('escortDesignation') },
    { no: '3.', label: bi('बालक का नाम', 'Name of the child'), value: c.name },
    { no: '4.', ...parentage(c) },
    { no: '5.', label: bi('कहाँ से', 'From'), value: d('escortFrom') ?? `${lh.name}, ${lh.district}` },
    { no: '6.', label: bi('कहाँ तक', 'To'), value: d('escortTo'), lines: 2 },
    { no: '7.', label: bi('जिसे सौंपा जाना है (नाम, संबंध)', 'To be handed over to (name, relationship)'), value: [d('restoredTo'), d('relationship') && `(${d('relationship')})`].filter(Boolean).join(' ') },
    { no: '8.', label: bi('यात्रा की तिथि', 'Date of travel'), value: formatDate(d('escortTravelOn')) },
    { no: '9.', label: bi('यात्रा का साधन', 'Mode of travel'), value: d('escortMode') },
    { no: '10.', label: bi('मुक्ति-सह-पुनर्स्थापन आदेश (संख्या, तिथि, किसके द्वारा)', 'Release-cum-restoration order (No., date, by)'), value: [d('orderNo'), formatDate(d('orderDate')), d('orderedBy')].filter(Boolean).join(', ') },
    { no: '11.', label: bi('सौंपने का प्रमाण (प्राप्तकर्ता के हस्ताक्षर, तिथि)', 'Proof of handing over (signature of the person receiving, date)'), lines: 2 },
  ])}
  ${signatures([bi('अनुरक्षण अधिकारी', 'Escort officer'), bi('अधीक्षक / सदस्य, समिति या बोर्ड', 'Superintendent / Member of the Committee or Board')])}`;
}
