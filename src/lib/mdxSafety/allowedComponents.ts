/**
 * The only components a story (content/exemplars/*.mdx) may use, with their props. Stories are written
 * by editors, not programmers: MDX there may not import, export or run code, so these components are
 * handed to `<Content components={…} />` by the page (src/components/mdx/index.ts exports exactly these
 * names) and every prop is plain text in double quotes.
 */

/** One prop of an allowed component. */
export interface AllowedProp {
  readonly name: string;
  readonly required: boolean;
  /** What to write, in Vietnamese (content/README.md shows it). */
  readonly description: string;
}

/** What a component may hold between its opening and closing tags. */
export type AllowedChildren =
  /** Nothing: the component is written self-closing, `<AwardList decision="…" />`. */
  | 'none'
  /** Exactly one Markdown photo `![mô tả](./images/x.jpg)`. */
  | 'onePhoto'
  /** Two or more Markdown photos, one per line. */
  | 'photos'
  /** Text: paragraphs with bold, italics and links, no photos and no components. */
  | 'text';

/** An allowed component: its name, props and content, with an example editors can copy. */
export interface AllowedComponent {
  readonly name: string;
  /** What it shows, in Vietnamese. */
  readonly description: string;
  readonly props: readonly AllowedProp[];
  readonly children: AllowedChildren;
  /** A complete example, as written in a story. */
  readonly example: string;
}

export const allowedComponents = [
  {
    name: 'Figure',
    description: 'Một ảnh trong bài, có chú thích và tác giả ảnh.',
    props: [
      { name: 'caption', required: true, description: 'Chú thích ảnh: chuyện gì, ở đâu, khi nào.' },
      { name: 'credit', required: true, description: 'Tác giả, nguồn ảnh: "Ảnh: Nguyễn Văn A".' },
    ],
    children: 'onePhoto',
    example: [
      '<Figure caption="Chị em hội viên phân loại rác tại điểm tập kết khu phố." credit="Ảnh: Hội LHPN phường">',
      '  ![Bốn phụ nữ đeo găng tay xếp chai nhựa vào thùng màu xanh](./images/phan-loai-rac.jpg)',
      '</Figure>',
    ].join('\n'),
  },
  {
    name: 'Gallery',
    description: 'Một nhóm từ hai ảnh trở lên, chung một chú thích và tác giả ảnh.',
    props: [
      { name: 'caption', required: false, description: 'Chú thích chung cho cả nhóm ảnh.' },
      { name: 'credit', required: true, description: 'Tác giả, nguồn ảnh của cả nhóm.' },
    ],
    children: 'photos',
    example: [
      '<Gallery caption="Một ngày của tổ tự quản." credit="Ảnh: Tổ dân phố số 5">',
      '  ![Tổ viên quét dọn đường ngõ buổi sáng](./images/quet-don.jpg)',
      '  ![Tổ viên tuần tra buổi tối dưới đèn đường](./images/tuan-tra.jpg)',
      '</Gallery>',
    ].join('\n'),
  },
  {
    name: 'Quote',
    description: 'Lời kể, lời phát biểu của một người, có tên người nói.',
    props: [
      { name: 'by', required: true, description: 'Người nói: "Chị Lò Thị Mai".' },
      {
        name: 'role',
        required: false,
        description: 'Chức vụ, đơn vị của người nói: "Chi hội trưởng Chi hội Phụ nữ".',
      },
    ],
    children: 'text',
    example: [
      '<Quote by="Chị Lò Thị Mai" role="Chi hội trưởng Chi hội Phụ nữ khu phố Đông Sơn">',
      '  Rác mình thải ra thì mình phải lo trước.',
      '</Quote>',
    ].join('\n'),
  },
  {
    name: 'AwardList',
    description:
      'Danh sách người, tập thể được khen trong một quyết định khen thưởng (lấy từ content/award-decisions/).',
    props: [
      {
        name: 'decision',
        required: true,
        description: 'Id của quyết định: tên tệp trong content/award-decisions/, không có ".json".',
      },
      { name: 'title', required: false, description: 'Tiêu đề danh sách, nếu muốn khác mặc định.' },
    ],
    children: 'none',
    example:
      '<AwardList decision="quyet-dinh-120-qd-ubnd-uy-ban-nhan-dan-phuong-quyet-thang-2024-12-20" />',
  },
] as const satisfies readonly AllowedComponent[];

/** The names of the allowed components: Figure, Gallery, Quote, AwardList. */
export type AllowedComponentName = (typeof allowedComponents)[number]['name'];

export const allowedComponentNames: readonly AllowedComponentName[] = allowedComponents.map(
  (c) => c.name,
);

/** The allowed component of that name, or undefined. */
export function allowedComponent(name: string): AllowedComponent | undefined {
  return allowedComponents.find((c) => c.name === name);
}

/** "Figure, Gallery, Quote, AwardList": the list every message about components shows. */
export const allowedComponentList = allowedComponentNames.join(', ');
