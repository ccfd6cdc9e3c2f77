/** Choices for the child's enumerations, labelled in the user's language. */
import type { TFunction } from 'i18next';
import { AGE_BANDS, CATEGORIES, DEADLINE_FILTERS, SEXES, STATUS_FILTERS } from '../../shared/domain/child';
import type { Option } from '../ui/fields';

export const sexOptions = (t: TFunction): Option[] => SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }));
export const categoryOptions = (t: TFunction): Option[] => CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}Long`) }));
export const categoryShortOptions = (t: TFunction): Option[] => CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }));
export const statusOptions = (t: TFunction): Option[] => STATUS_FILTERS.map((s) => ({ value: s, label: t(`status.${s}`) }));
export const ageBandOptions = (t: TFunction): Option[] => AGE_BANDS.map((b) => ({ value: b, label: t('children.ageBandValue', { band: b }) }));
export const deadlineOptions = (t: TFunction): Option[] => DEADLINE_FILTERS.map((d) => ({ value: d, label: t(`children.deadline.${d}`) }));
