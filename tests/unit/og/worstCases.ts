/** Texts that push the layout: long titles, unbroken names, wide letters, stacked marks. */

/** A 400-character trích yếu. */
export const longTitle = (
  'Kế hoạch thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường sự lãnh đạo ' +
  'của Đảng đối với công tác thi đua, khen thưởng, tổ chức các phong trào thi đua yêu nước, tiến tới ' +
  'Đại hội Thi đua yêu nước các cấp, phát hiện, bồi dưỡng, biểu dương, tôn vinh và nhân rộng các điển ' +
  'hình tiên tiến, gương người tốt, việc tốt trên mọi lĩnh vực của đời sống xã hội giai đoạn 2025 - ' +
  '2030 và những năm tiếp theo trên địa bàn'
).slice(0, 400);

/** A name with no space to break at, wide capitals with stacked marks. */
export const longName = 'NGUYỄNTHỊHỒNGNHUNGĐẶNGQUỐCHƯNGWWWMMMỄỄỄỄỄỆỆỆỆẨẨẨẪẪẪỮỮỮỮỮ'.repeat(2);

/** Widest letters only. */
export const wideLetters =
  'WMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWM WMWMWMWMWMWMWMWMWMWMWMWMW';

/** Many short words with stacked marks. */
export const stackedMarks = 'Ễ Ỗ Ẫ Ậ Ữ Ự Ở Ẩ Ể Ệ Ỡ Ợ ễ ỗ ẫ ậ ữ ự ở ẩ ể ệ ỡ ợ '.repeat(6);
