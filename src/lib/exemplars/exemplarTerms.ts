/**
 * Exemplar vocabulary (GLOSSARY.md "Emulation and commendation"): the four kinds of điển hình the plans
 * ask to publicise (tuyên truyền, biểu dương, tôn vinh, nhân rộng), and who a cover photo shows.
 */

/** Kinds of exemplar: an individual, a collective, a good deed, a model practice. */
export const exemplarKinds = ['individual', 'collective', 'goodDeed', 'practice'] as const;
export type ExemplarKind = (typeof exemplarKinds)[number];

/** The Vietnamese name of each kind, as pages and filters show it. */
export const exemplarKindLabels: Readonly<Record<ExemplarKind, string>> = {
  individual: 'Cá nhân điển hình',
  collective: 'Tập thể điển hình',
  goodDeed: 'Gương người tốt, việc tốt',
  practice: 'Mô hình hay, cách làm sáng tạo',
};

/**
 * Who can be recognised in a photo: nobody (a landscape, a building, people seen from afar), adults,
 * or at least one child under 16 (trẻ em, Luật Trẻ em 2016 art. 1), whose parent or guardian must agree.
 */
export const photoPeople = ['none', 'adults', 'minors'] as const;
export type PhotoPeople = (typeof photoPeople)[number];

export const photoPeopleLabels: Readonly<Record<PhotoPeople, string>> = {
  none: 'Không có người nhận ra được',
  adults: 'Có người lớn nhận ra được',
  minors: 'Có trẻ em dưới 16 tuổi',
};

/** The Pagefind filter `kind` every exemplar page carries, beside "Kế hoạch", "Chỉ thị" … */
export const exemplarSearchKind = 'Điển hình tiên tiến';

/** The word editors write where a value is still to be filled in (see `findPlaceholders`). */
export const placeholderMark = 'CẦN ĐIỀN';

/** The same mark inside an id, where only ASCII is allowed: `can-dien-...`. */
export const placeholderIdMark = 'can-dien';
