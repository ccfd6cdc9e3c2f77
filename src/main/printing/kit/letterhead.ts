/** The institution's letterhead at the top of the first page of every printed form. */
import type { InstitutionType } from '../../../shared/domain/institution';
import { html, type Html } from './html';
import { bi, inline, type Bilingual } from './bilingual';
import type { PrintImage } from './photo';

/** The institution as it heads its paper: registered details from Settings plus the letterhead extras. */
export interface LetterheadView {
  name: string;
  /** The name in Hindi (or the state's language), printed above the registered name. */
  nameLocal: string | null;
  type: InstitutionType;
  registrationNo: string;
  address: string;
  addressLocal: string | null;
  district: string;
  state: string;
  phone: string | null;
  email: string | null;
  logo: PrintImage | null;
}

export const INSTITUTION_TYPE_NAMES: Record<InstitutionType, Bilingual> = {
  'childrens-home': bi('बाल गृह', "Children's Home"),
  'observation-home': bi('संप्रेक्षण गृह', 'Observation Home'),
  'special-home': bi('विशेष गृह', 'Special Home'),
  'place-of-safety': bi('सुरक्षित स्थान', 'Place of Safety'),
  'open-shelter': bi('खुला आश्रय', 'Open Shelter'),
  'specialised-adoption-agency': bi('विशेषीकृत दत्तक ग्रहण अभिकरण', 'Specialised Adoption Agency'),
  'fit-facility': bi('योग्य सुविधा', 'Fit Facility'),
  jjb: bi('किशोर न्याय बोर्ड', 'Juvenile Justice Board'),
  cwc: bi('बाल कल्याण समिति', 'Child Welfare Committee'),
};

export function letterhead(l: LetterheadView): Html {
  const place = [l.address, l.district, l.state].filter(Boolean).join(', ');
    return html`<header class="letterhead">
    ${l.logo ? html`<img class="logo" alt="" src="${`data:${l.logo.mime};base64,${l.logo.dataBase64}`}">` : ''}
    <div class="lh-text">
      ${l.nameLocal ? html`<div class="lh-name-local" dir="auto">${l.nameLocal}</div>` : ''}
      <div class="lh-name" dir="auto">${l.name}</div>
      <div class="lh-type">${inline(INSTITUTION_TYPE_NAMES[l.type])}${l.registrationNo ? html` · <span lang="hi">पंजीकरण सं.</span> / Regn. No. ${l.registrationNo}` : ''}</div>
      ${l.addressLocal ? html`<div class="lh-address" dir="auto">${l.addressLocal}</div>` : ''}
      <div class="lh-address" dir="auto">${place}</div>
      ${l.phone || l.email ? html`<div class="lh-contact">${l.phone ? html`<span lang="hi">दूरभाष</span> / Phone ${l.phone}` : ''}${l.phone && l.email ? ' · ' : ''}${l.email ? html`<span lang="hi">ई-मेल</span> / E-mail ${l.email}` : ''}</div>` : ''}
    </div>
  </header>`;
}
