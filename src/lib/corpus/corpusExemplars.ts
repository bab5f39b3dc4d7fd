import { toSlug } from '../text/toSlug';
import { communeTitle, hamletHead } from './awardeeText';
import type { DecisionFile } from './corpusAwards';
import type { CorpusGeography } from './corpusGeography';
import { dayOf, isoOf } from './days';
import { markdownFileText } from './frontMatterYaml';
import { coverPng } from './placeholderPhoto';
import { randomFor } from './random';
import { personName } from './vietnameseNames';

/** "Chuyên viên Văn phòng Đảng ủy" → "chuyên viên Văn phòng Đảng ủy": only the first letter. */
const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** An exemplar story and its cover photo. */
export interface ExemplarFile {
  readonly id: string;
  /** The `.mdx` text. */
  readonly text: string;
  /** File name inside `exemplars/images/`. */
  readonly imageName: string;
  readonly image: Buffer;
}

/** What exemplar stories build on. */
export interface ExemplarContext {
  readonly seed: string;
  readonly until: number;
  readonly geography: CorpusGeography;
  /** Movement ids present in the corpus. */
  readonly movementIds: readonly string[];
}

const practices: readonly { readonly name: string; readonly deed: string; readonly tag: string }[] =
  [
    {
      name: 'Tuyến đường hoa tự quản',
      deed: 'trồng và chăm sóc tuyến đường hoa, mỗi hộ nhận một đoạn đường trước nhà',
      tag: 'môi trường',
    },
    {
      name: 'Phân loại rác tại nguồn',
      deed: 'phân loại rác tại hộ gia đình, bán phế liệu lấy tiền giúp học sinh nghèo',
      tag: 'môi trường',
    },
    {
      name: 'Camera an ninh khu dân cư',
      deed: 'vận động lắp camera an ninh ở các ngõ, giữ vững an ninh, trật tự',
      tag: 'an ninh trật tự',
    },
    {
      name: 'Tủ sách cộng đồng',
      deed: 'góp sách, mở tủ sách tại nhà văn hóa cho thiếu nhi đọc vào cuối tuần',
      tag: 'văn hóa',
    },
    {
      name: 'Bữa cơm nghĩa tình',
      deed: 'góp gạo, góp rau nấu bữa cơm miễn phí cho người bệnh và người già neo đơn',
      tag: 'an sinh xã hội',
    },
    {
      name: 'Sổ tay dân vận',
      deed: 'ghi chép ý kiến của Nhân dân sau mỗi buổi họp và trả lời trong buổi họp sau',
      tag: 'dân vận khéo',
    },
  ];

const goodDeeds: readonly { readonly deed: string; readonly tag: string }[] = [
  { deed: 'lội nước lũ đưa hai người già mắc kẹt trong nhà đến nơi an toàn', tag: 'cứu người' },
  {
    deed: 'phát hiện đám cháy lúc nửa đêm, gọi hàng xóm cùng dập lửa, cứu được ngôi nhà và tài sản của một hộ dân',
    tag: 'phòng cháy, chữa cháy',
  },
  {
    deed: 'nhặt được chiếc túi có nhiều tiền và giấy tờ, tìm đến tận nhà trả lại cho người đánh rơi',
    tag: 'gương người tốt, việc tốt',
  },
  {
    deed: 'hiến đất mở rộng đường liên thôn và vận động các hộ xung quanh cùng làm theo',
    tag: 'nông thôn mới',
  },
];

/**
 * Writes exemplar story `index` (an `.mdx` file and its cover). Kinds cycle individual, collective,
 * goodDeed, practice. Individuals and good deeds tell the story of the first published individual of
 * `decision`, collectives of its first collective, practices of a hamlet of its commune; the story links
 * the decision (`awardDecisions`, and an `<AwardList>` in the text) and the plan it rewards
 * (`documents`). The cover is a generated abstract picture without people (`people: none`), since the
 * schema requires a cover photo; its alt text says what it shows. Labelled `illustrative: true`.
 *
 * @param usedIds ids already taken; the new id is added (a number is appended on a clash)
 */
export function writeExemplar(
  index: number,
  decision: DecisionFile,
  context: ExemplarContext,
  usedIds: Set<string>,
): ExemplarFile {
  const random = randomFor(context.seed, 'exemplar', index);
  const { scene } = decision;
  const commune =
    scene.commune ?? context.geography.communes[scene.province.communeIndexes[0] ?? -1];
  const province = scene.province.province;
  const region = province.region;
  const hamlet = commune === undefined ? undefined : random.pick(commune.hamlets);
  const communeName = commune === undefined ? undefined : communeTitle(commune);
  const place =
    commune === undefined ? `tỉnh ${province.name}` : `${commune.kindWord} ${commune.name}`;
  const cycle =
    (['individual', 'collective', 'goodDeed', 'practice'] as const)[index % 4] ?? 'individual';
  const kind =
    (cycle === 'individual' || cycle === 'goodDeed') && decision.individual === undefined
      ? 'practice'
      : cycle === 'collective' && decision.collective === undefined
        ? 'practice'
        : cycle;
  const stranger = personName(random, region);
  const person = decision.individual ?? {
    name: stranger.fullName,
    female: stranger.female,
    unit: place,
    position: undefined,
  };
  const personFull = person.name;
  const given = personFull.split(' ').at(-1) ?? personFull;
  const honorific = person.female ? 'chị' : 'anh';
  const Honorific = person.female ? 'Chị' : 'Anh';
  const practice = random.pick(practices);
  const deed = random.pick(goodDeeds);

  let name: string;
  let summary: string;
  let paragraphs: string[];
  let quote: { by: string; role: string | undefined; text: string };
  const tags = ['điển hình tiên tiến'];
  switch (kind) {
    case 'individual':
      name = personFull;
      summary = `${Honorific} ${personFull}${person.position === undefined ? '' : `, ${lowerFirst(person.position)}`}, nhiều năm liền hoàn thành xuất sắc nhiệm vụ, được bà con ${place} tin yêu.`;
      paragraphs = [
        `${Honorific} ${personFull} công tác tại ${decision.individual?.unit ?? place}. Trong phong trào thi đua của ${place}, ${honorific} luôn nhận phần việc khó và hoàn thành trước thời hạn.`,
        `Theo đồng nghiệp, điều ${honorific} ${given} làm được nhiều nhất là kiên trì: nghe ý kiến của Nhân dân, ghi lại, rồi cùng tổ, cùng thôn tìm cách giải quyết.`,
      ];
      quote = {
        by: `${Honorific} ${personFull}`,
        role: person.position,
        text: 'Việc gì có lợi cho bà con thì mình làm trước, làm đến nơi đến chốn.',
      };
      tags.push('cá nhân tiêu biểu');
      break;
    case 'collective':
      name = decision.collective ?? `Tập thể ${place}`;
      summary = `${name} đoàn kết, sáng tạo, hoàn thành xuất sắc các chỉ tiêu thi đua, là tập thể tiêu biểu của ${place}.`;
      paragraphs = [
        `${name} có nhiều cách làm hay trong phong trào thi đua: phân công rõ người, rõ việc, rõ thời hạn, và họp rút kinh nghiệm mỗi tháng.`,
        `Kết quả của tập thể được ${place} biểu dương, nhân rộng trong các cơ quan, đơn vị trên địa bàn.`,
      ];
      quote = {
        by: `${Honorific} ${personFull}`,
        role: person.position,
        text: 'Cả tập thể cùng bàn, cùng làm thì việc khó mấy cũng xong.',
      };
      tags.push('tập thể tiêu biểu');
      break;
    case 'goodDeed':
      name = personFull;
      summary = `${Honorific} ${personFull} đã ${deed.deed}.`;
      paragraphs = [
        `Việc làm của ${honorific} ${given} được bà con ${hamlet ?? place} kể lại: ${honorific} đã ${deed.deed}.`,
        `${Honorific} được ${place} biểu dương là gương người tốt, việc tốt trong phong trào thi đua.`,
      ];
      quote = {
        by: `${Honorific} ${personFull}`,
        role: hamlet === undefined ? undefined : `người dân ${hamlet}`,
        text: 'Gặp việc như vậy thì ai cũng sẽ làm, tôi chỉ làm kịp lúc.',
      };
      tags.push(deed.tag);
      break;
    case 'practice':
      name = `${practice.name} ${hamlet === undefined ? place : `ở ${hamlet}`}`;
      summary = `Mô hình “${practice.name}” của ${hamlet ?? place}: các hộ ${practice.deed}.`;
      paragraphs = [
        `Mô hình “${practice.name}” bắt đầu từ một buổi họp ${hamlet === undefined ? 'khu dân cư' : hamlet.toLowerCase()}: các hộ thống nhất ${practice.deed}.`,
        `Sau một năm, mô hình được ${place} nhân rộng ra các thôn, tổ dân phố khác.`,
      ];
      quote = {
        by: `${Honorific} ${personFull}`,
        role: hamlet === undefined ? undefined : hamletHead(hamlet),
        text: 'Bà con thấy lợi thì tự làm, không cần nhắc.',
      };
      tags.push(practice.tag);
      break;
  }
  // The id names the commune once: "nguyen-van-an-tan-phu", "tram-y-te-xa-tan-phu".
  const where = commune?.name ?? province.name;
  let id = toSlug(name.includes(where) ? name : `${name} ${where}`);
  if (usedIds.has(id)) id = `${id}-${index + 1}`;
  usedIds.add(id);
  const cover = coverPng(index);
  const issuedDay = decision.issued === undefined ? context.until - 30 : dayOf(decision.issued);
  const date = isoOf(Math.min(issuedDay + random.int(5, 40), context.until));
  const movement =
    context.movementIds.length > 0 && random.chance(0.5)
      ? random.pick(context.movementIds)
      : undefined;
  const data: Record<string, unknown> = {
    illustrative: true,
    kind,
    name: name.length > 150 ? name.slice(0, 150).trim() : name,
    organization:
      commune === undefined
        ? undefined
        : decision.issuerId === commune.partyId
          ? commune.partyId
          : commune.peoplesCommitteeId,
    unit: kind === 'individual' || kind === 'goodDeed' ? decision.individual?.unit : undefined,
    place: { hamlet, commune: communeName ?? `Tỉnh ${province.name}`, province: province.name },
    documents: decision.rewards === undefined ? undefined : [decision.rewards],
    awardDecisions: [decision.id],
    movements: movement === undefined ? undefined : [movement],
    summary: summary.length > 300 ? `${summary.slice(0, 296).trim()}…` : summary,
    date,
    cover: {
      image: `./images/${id}.png`,
      alt: `Hình minh họa trừu tượng: ${cover.words}; không có người.`,
      credit: 'Ảnh minh họa do chương trình tạo',
      licence: 'CC0 (ảnh minh họa do chương trình tạo)',
      people: 'none',
    },
    tags,
  };
  const roleProp = quote.role === undefined ? '' : ` role="${quote.role}"`;
  const body = [
    paragraphs[0] ?? '',
    '## Việc làm cụ thể',
    paragraphs[1] ?? '',
    `<Quote by="${quote.by}"${roleProp}>\n  ${quote.text}\n</Quote>`,
    '## Được khen thưởng',
    'Danh sách dưới đây là quyết định khen thưởng có tên trong câu chuyện.',
    `<AwardList decision="${decision.id}" />`,
  ].join('\n\n');
  return {
    id,
    text: markdownFileText(data, body),
    imageName: `${id}.png`,
    image: cover.png,
  };
}
