/**
 * Sentences of generated plans, modelled on the section structure and wording of the five real plans
 * in content/documents/ (Kế hoạch 42-KH/ĐU of Quy Nhơn Tây, the Đam Rông, Bắc Sơn, Quyết Thắng and Hà
 * Tĩnh bloc plans): purposes and requirements as dash items, tasks as numbered paragraphs, then time
 * and reports, then who does what (tổ chức thực hiện).
 *
 * `{noi}` stands for the place ("xã Tân Phú", "tỉnh Gia Lai"), `{cap}` for its level word ("xã",
 * "phường", "tỉnh", "thành phố") and `{chude}` for the plan's subject ("Chỉ thị số 41-CT/TW",
 * "phong trào thi đua “Dân vận khéo”").
 */

/** Fills `{noi}`, `{cap}` and `{chude}` in a template. */
export function fill(
  template: string,
  values: { noi: string; cap: string; chude: string },
): string {
  return template
    .replaceAll('{noi}', values.noi)
    .replaceAll('{cap}', values.cap)
    .replaceAll('{chude}', values.chude);
}

export const purposeItems: readonly string[] = [
  'Quán triệt sâu sắc, tổ chức thực hiện nghiêm túc, hiệu quả {chude}; nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội về vị trí, vai trò của công tác thi đua, khen thưởng.',
  'Phát huy truyền thống yêu nước, tinh thần đoàn kết, tự lực, tự cường của cán bộ, đảng viên và Nhân dân {noi}, tạo khí thế thi đua sôi nổi, rộng khắp trên các lĩnh vực.',
  'Tạo động lực thúc đẩy hoàn thành thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh, xây dựng Đảng và hệ thống chính trị của {cap}.',
  'Kịp thời phát hiện, bồi dưỡng, tôn vinh và nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt, mô hình hay, cách làm sáng tạo trong các phong trào thi đua.',
  'Khen thưởng kịp thời, chính xác, công khai, đúng người, đúng việc, đúng thành tích, chú trọng khen thưởng người lao động trực tiếp, cán bộ cơ sở và Nhân dân.',
  'Gắn việc thực hiện {chude} với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và các cuộc vận động, phong trào thi đua đang triển khai trên địa bàn.',
];

export const requirementItems: readonly string[] = [
  'Việc triển khai thực hiện phải nghiêm túc, đồng bộ, thiết thực, tránh hình thức, lãng phí; nội dung thi đua cụ thể, rõ ràng, dễ thực hiện, dễ kiểm tra, đánh giá.',
  'Cấp ủy, chính quyền, người đứng đầu các cơ quan, đơn vị trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm về kết quả tổ chức phong trào thi đua tại cơ quan, đơn vị mình.',
  'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tích cực tuyên truyền, vận động đoàn viên, hội viên và Nhân dân hưởng ứng, tham gia các phong trào thi đua.',
  'Thường xuyên kiểm tra, đôn đốc, sơ kết, tổng kết, rút kinh nghiệm; kịp thời tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện.',
  'Công tác khen thưởng bảo đảm dân chủ, công khai, minh bạch; danh sách đề nghị khen thưởng được niêm yết, lấy ý kiến Nhân dân trước khi xét.',
];

export const taskParagraphs: readonly string[] = [
  'Tổ chức tuyên truyền, quán triệt sâu rộng {chude} đến toàn thể cán bộ, đảng viên và Nhân dân với nội dung, hình thức phù hợp, ngắn gọn, dễ hiểu, dễ nhớ; làm cho thi đua trở thành ý thức tự giác, trách nhiệm thường xuyên của mỗi cơ quan, đơn vị và mỗi người.',
  'Tăng cường vai trò lãnh đạo của cấp ủy, sự chỉ đạo, điều hành của chính quyền và trách nhiệm của người đứng đầu trong tổ chức phong trào thi đua; lấy kết quả công tác thi đua, khen thưởng là một tiêu chí đánh giá, xếp loại tập thể, cá nhân hằng năm.',
  'Đổi mới nội dung, hình thức tổ chức các phong trào thi đua theo hướng thiết thực, hiệu quả, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị; lấy Nhân dân là trung tâm, là chủ thể của phong trào thi đua.',
  'Tập trung thực hiện các phong trào thi đua trọng tâm do Thủ tướng Chính phủ và {cap} phát động; gắn phong trào thi đua với xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững và bảo đảm an ninh, trật tự trên địa bàn.',
  'Chú trọng phát hiện, bồi dưỡng, xây dựng và nhân rộng điển hình tiên tiến; mỗi thôn, tổ dân phố, cơ quan, đơn vị lựa chọn ít nhất một mô hình hay, cách làm sáng tạo để tuyên truyền, biểu dương.',
  'Nâng cao chất lượng công tác khen thưởng; việc xét tặng danh hiệu thi đua, hình thức khen thưởng phải căn cứ vào thành tích thực tế, bảo đảm đúng tiêu chuẩn, quy trình, thủ tục; quan tâm khen thưởng đột xuất kịp thời.',
  'Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý công tác thi đua, khen thưởng; công khai kết quả khen thưởng trên cổng thông tin điện tử và tại trụ sở làm việc.',
  'Tăng cường kiểm tra, giám sát việc thực hiện pháp luật về thi đua, khen thưởng; kịp thời phát hiện, chấn chỉnh các biểu hiện hình thức, chạy theo thành tích.',
  'Kiện toàn Hội đồng Thi đua - Khen thưởng và bộ phận tham mưu làm công tác thi đua, khen thưởng; bồi dưỡng nghiệp vụ cho cán bộ làm công tác thi đua, khen thưởng ở cơ sở.',
];

/** A numbered paragraph followed by lettered criteria (a), b), c)) for collectives, individuals and households. */
export const criteriaLead =
  'Tiêu chí thi đua được xác định cụ thể cho từng đối tượng, làm căn cứ bình xét, khen thưởng:';

export const criteriaPoints: readonly string[] = [
  'Đối với tập thể: hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ được giao; nội bộ đoàn kết; có phong trào thi đua thiết thực, hiệu quả.',
  'Đối với cá nhân: gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; hoàn thành tốt nhiệm vụ; có sáng kiến, giải pháp được áp dụng.',
  'Đối với hộ gia đình: chấp hành tốt các quy định ở khu dân cư; tích cực tham gia các phong trào thi đua, các hoạt động văn hóa, thể thao và công tác xã hội.',
];

/** What a closing-section item gives units to do, after their name ("… tổ chức quán triệt …"). */
export const assignmentTasks = {
  partyCommittee: [
    'lãnh đạo, chỉ đạo xây dựng kế hoạch cụ thể để triển khai thực hiện {chude} và Kế hoạch này; định kỳ sơ kết, tổng kết, báo cáo kết quả thực hiện.',
    'tổ chức quán triệt {chude} đến cán bộ, đảng viên; thường xuyên đôn đốc, kiểm tra, giám sát việc thực hiện.',
  ],
  peoplesCommittee: [
    'chỉ đạo các cơ quan chuyên môn xây dựng và triển khai kế hoạch thực hiện {chude}; bố trí kinh phí cho công tác thi đua, khen thưởng theo quy định.',
    'phát động và tổ chức các phong trào thi đua yêu nước trên địa bàn; chỉ đạo sơ kết, tổng kết và khen thưởng kịp thời các tập thể, cá nhân tiêu biểu.',
  ],
  council: [
    'giám sát việc thực hiện chính sách, pháp luật về thi đua, khen thưởng trên địa bàn {cap}.',
  ],
  front: [
    'tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực hưởng ứng, tham gia các phong trào thi đua; giới thiệu các điển hình tiên tiến để biểu dương, khen thưởng.',
    'phối hợp tổ chức phong trào thi đua gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; tham gia giám sát công tác thi đua, khen thưởng.',
  ],
  propaganda: [
    'hướng dẫn tuyên truyền sâu rộng {chude}; mở chuyên mục biểu dương, tôn vinh điển hình tiên tiến, gương người tốt, việc tốt trên các phương tiện thông tin.',
  ],
  office: [
    'theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch này; tổng hợp kết quả, tham mưu sơ kết, tổng kết theo quy định.',
    'là cơ quan thường trực, tham mưu tổ chức thực hiện Kế hoạch; tổng hợp, thẩm định hồ sơ đề nghị khen thưởng bảo đảm đúng quy định.',
  ],
  units: [
    'xây dựng kế hoạch cụ thể, tổ chức phát động phong trào thi đua sát với nhiệm vụ của cơ quan, đơn vị; lựa chọn, đề nghị khen thưởng các tập thể, cá nhân tiêu biểu.',
    'chủ động triển khai các nội dung của Kế hoạch; đăng ký, ký kết giao ước thi đua và báo cáo kết quả thực hiện theo quy định.',
  ],
} as const;

/** Topics of plans beyond the Chỉ thị 41-CT/TW chain and the annual plan; `movement` ids are those of content/movements/. */
export interface PlanTopic {
  /** The subject as a plan title continues it ("triển khai phong trào thi đua “Dân vận khéo” giai đoạn …"). */
  readonly title: string;
  /** How running text names it. */
  readonly subject: string;
  readonly movement?: string;
  /** The last year the topic runs to (final review). */
  readonly untilYear: number;
}

export const planTopics: readonly PlanTopic[] = [
  {
    title:
      'triển khai phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2026 - 2030',
    subject:
      'phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”',
    movement: 'ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau',
    untilYear: 2030,
  },
  {
    title:
      'đẩy mạnh cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2026 - 2030',
    subject: 'cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
    movement: 'toan-dan-doan-ket-xay-dung-doi-song-van-hoa',
    untilYear: 2030,
  },
  {
    title: 'tổ chức phong trào thi đua “Dân vận khéo” giai đoạn 2026 - 2030',
    subject: 'phong trào thi đua “Dân vận khéo”',
    movement: 'dan-van-kheo',
    untilYear: 2030,
  },
  {
    title: 'đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc” giai đoạn 2026 - 2030',
    subject: 'phong trào “Toàn dân bảo vệ an ninh Tổ quốc”',
    movement: 'toan-dan-bao-ve-an-ninh-to-quoc',
    untilYear: 2030,
  },
  {
    title:
      'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với phong trào thi đua yêu nước',
    subject: 'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    movement: 'hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh',
    untilYear: 2027,
  },
  {
    title: 'phát động phong trào thi đua chuyển đổi số, cải cách hành chính năm 2026',
    subject: 'phong trào thi đua chuyển đổi số, cải cách hành chính',
    untilYear: 2026,
  },
  {
    title:
      'tổ chức phong trào thi đua xây dựng chính quyền địa phương hai cấp hoạt động hiệu lực, hiệu quả',
    subject:
      'phong trào thi đua xây dựng chính quyền địa phương hai cấp hoạt động hiệu lực, hiệu quả',
    untilYear: 2027,
  },
];

/** The closing line's note that the text is invented: the documents schema has no `illustrative` field. */
export const syntheticNote =
  'Dữ liệu minh họa: văn bản do chương trình tạo ra để thử nghiệm trang, không phải văn bản thật.';
