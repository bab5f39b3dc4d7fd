/**
 * `npx tsx scripts/generate-sample-photos.ts`: draws the illustrative photos of the sample exemplars
 * (content/exemplars/*.mdx, `illustrative: true`) as simple flat scenes in SVG and writes them as JPEG
 * to content/exemplars/images/. The pictures are the project's own (CC0, "ảnh minh họa do dự án tạo"):
 * no real person is shown. Deterministic: running it again gives the same files.
 *
 * Each file is 1200 × 800 (covers) or 1200 × 900 (photos in the stories) and stays well under 200 KB.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

const outDir = join(process.env['CONTENT_DIR'] ?? 'content', 'exemplars', 'images');

/** A small deterministic random number generator (mulberry32), so the scenes never change. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PersonOptions {
  readonly x: number;
  /** Where the feet are. */
  readonly y: number;
  readonly scale?: number;
  readonly shirt: string;
  readonly trousers?: string;
  readonly skin?: string;
  readonly hair?: string;
  /** A conical hat (nón lá). */
  readonly hat?: boolean;
  /** Arm raised to the right (pointing, waving, holding). */
  readonly armUp?: boolean;
  /** A long dress (áo dài) instead of trousers. */
  readonly dress?: boolean;
}

/** A stylised person seen from the front, without a face: nobody can be recognised. */
function person(o: PersonOptions): string {
  const s = o.scale ?? 1;
  const skin = o.skin ?? '#e0b48a';
  const hair = o.hair ?? '#2b2118';
  const trousers = o.trousers ?? '#2f3b52';
  const legs = o.dress
    ? `<path d="M-22 -70 L22 -70 L26 0 L-26 0 Z" fill="${o.shirt}" opacity="0.92"/>`
    : `<rect x="-18" y="-72" width="15" height="72" rx="6" fill="${trousers}"/><rect x="3" y="-72" width="15" height="72" rx="6" fill="${trousers}"/>`;
  const arm = o.armUp
    ? `<path d="M20 -128 L52 -170" stroke="${o.shirt}" stroke-width="13" stroke-linecap="round"/><circle cx="54" cy="-173" r="7" fill="${skin}"/>`
    : `<path d="M21 -128 L28 -80" stroke="${o.shirt}" stroke-width="13" stroke-linecap="round"/><circle cx="28" cy="-76" r="7" fill="${skin}"/>`;
  const hat = o.hat
    ? `<path d="M-34 -166 L0 -206 L34 -166 Z" fill="#e8d9a8" stroke="#b89f5e" stroke-width="2"/>`
    : `<path d="M-17 -170 Q0 -196 17 -170 L17 -176 Q0 -202 -17 -176 Z" fill="${hair}"/>`;
  return `<g transform="translate(${o.x} ${o.y}) scale(${s})">
    ${legs}
    <rect x="-24" y="-140" width="48" height="76" rx="16" fill="${o.shirt}"/>
    <path d="M-21 -128 L-28 -80" stroke="${o.shirt}" stroke-width="13" stroke-linecap="round"/>
    <circle cx="-28" cy="-76" r="7" fill="${skin}"/>
    ${arm}
    <rect x="-6" y="-152" width="12" height="14" fill="${skin}"/>
    <ellipse cx="0" cy="-166" rx="17" ry="19" fill="${skin}"/>
    ${hat}
  </g>`;
}

function tree(x: number, y: number, scale = 1): string {
  return `<g transform="translate(${x} ${y}) scale(${scale})">
    <rect x="-9" y="-90" width="18" height="90" fill="#6b4a2f"/>
    <circle cx="0" cy="-120" r="52" fill="#3f7d3a"/>
    <circle cx="-36" cy="-96" r="34" fill="#4b8e45"/>
    <circle cx="34" cy="-98" r="36" fill="#367033"/>
  </g>`;
}

function house(
  x: number,
  y: number,
  w: number,
  h: number,
  wall: string,
  roof: string,
  lit = false,
): string {
  const window = lit ? '#ffd978' : '#9cc3d9';
  return `<g transform="translate(${x} ${y})">
    <rect x="0" y="${-h}" width="${w}" height="${h}" fill="${wall}"/>
    <path d="M-12 ${-h} L${w / 2} ${-h - w * 0.42} L${w + 12} ${-h} Z" fill="${roof}"/>
    <rect x="${w * 0.16}" y="${-h * 0.72}" width="${w * 0.24}" height="${h * 0.26}" fill="${window}"/>
    <rect x="${w * 0.6}" y="${-h * 0.72}" width="${w * 0.24}" height="${h * 0.26}" fill="${window}"/>
    <rect x="${w * 0.38}" y="${-h * 0.4}" width="${w * 0.24}" height="${h * 0.4}" fill="#6d4c33"/>
  </g>`;
}

function bin(x: number, y: number, color: string, lid: string): string {
  return `<g transform="translate(${x} ${y})">
    <path d="M-34 -110 L34 -110 L28 0 L-28 0 Z" fill="${color}"/>
    <rect x="-40" y="-124" width="80" height="16" rx="4" fill="${lid}"/>
    <path d="M-10 -70 L0 -86 L10 -70 M-14 -40 L14 -40" stroke="#ffffff" stroke-width="5" fill="none" stroke-linecap="round"/>
  </g>`;
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

/** Cô giáo in front of the board: an individual exemplar. */
function teacher(): string {
  const rows = [0, 1, 2, 3]
    .map(
      (i) =>
        `<rect x="${140 + i * 250}" y="640" width="190" height="24" rx="4" fill="#8a5a35"/><rect x="${150 + i * 250}" y="664" width="14" height="90" fill="#6b4327"/><rect x="${306 + i * 250}" y="664" width="14" height="90" fill="#6b4327"/>`,
    )
    .join('');
  return svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#f3ead8"/>
    <rect y="600" width="1200" height="200" fill="#c9a77c"/>
    <rect x="300" y="110" width="640" height="330" rx="8" fill="#2f5d46" stroke="#7a5634" stroke-width="16"/>
    <path d="M360 200 L560 200 M360 250 L640 250 M360 300 L520 300" stroke="#e8f0ea" stroke-width="8" stroke-linecap="round" opacity="0.85"/>
    <circle cx="760" cy="280" r="70" fill="none" stroke="#e8f0ea" stroke-width="7" opacity="0.85"/>
    <path d="M760 210 L760 350 M690 280 L830 280" stroke="#e8f0ea" stroke-width="5" opacity="0.7"/>
    <rect x="1010" y="150" width="120" height="170" fill="#9cc3d9" stroke="#ffffff" stroke-width="10"/>
    <rect x="80" y="160" width="150" height="110" fill="#d94b3d"/><path d="M155 190 l9 27 h28 l-23 17 9 27 -23 -17 -23 17 9 -27 -23 -17 h28 z" fill="#ffd54a"/>
    ${person({ x: 1000, y: 610, scale: 1.35, shirt: '#f7f7f2', trousers: '#1f3a5f', armUp: true, dress: true })}
    ${rows}`,
  );
}

/** Women of a Chi hội Phụ nữ sorting waste beside three bins: a collective exemplar. */
function womenUnion(): string {
  return svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#cfe8f3"/>
    <circle cx="1040" cy="130" r="62" fill="#ffd45c"/>
    <rect y="560" width="1200" height="240" fill="#a7c97a"/>
    <rect y="600" width="1200" height="80" fill="#d9cdb4"/>
    ${tree(120, 560, 1.3)}${tree(1100, 560, 1.1)}
    ${house(230, 560, 220, 170, '#f2dfb8', '#b5533c')}${house(760, 560, 200, 160, '#e9d2c0', '#8d4b36')}
    ${bin(520, 690, '#2f8f4e', '#226b3a')}${bin(620, 690, '#e2a72e', '#b9861f')}${bin(720, 690, '#7b8794', '#5d6772')}
    ${person({ x: 360, y: 720, scale: 1.15, shirt: '#c0392b', hat: true, armUp: true })}
    ${person({ x: 860, y: 720, scale: 1.1, shirt: '#2e86c1', hat: true })}
    ${person({ x: 960, y: 730, scale: 1.05, shirt: '#8e44ad', dress: true })}
    ${person({ x: 260, y: 730, scale: 1.0, shirt: '#d35400', hat: true })}`,
  );
}

/** A man wading through floodwater with a rope towards children on a roof: a good deed. */
function floodRescue(): string {
  const rand = random(7);
  const rain = Array.from({ length: 140 }, () => {
    const x = Math.round(rand() * 1240);
    const y = Math.round(rand() * 560);
    return `<path d="M${x} ${y} l-10 28" stroke="#dfe7ee" stroke-width="2" opacity="0.7"/>`;
  }).join('');
  const waves = Array.from({ length: 9 }, (_, i) => {
    const y = 470 + i * 38;
    return `<path d="M0 ${y} Q75 ${y - 14} 150 ${y} T300 ${y} T450 ${y} T600 ${y} T750 ${y} T900 ${y} T1050 ${y} T1200 ${y}" stroke="#a07a4f" stroke-width="4" fill="none" opacity="0.6"/>`;
  }).join('');
  return svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#7d8b99"/>
    <path d="M0 120 Q200 60 400 110 T800 100 T1200 90 V0 H0 Z" fill="#5f6b78"/>
    ${house(760, 520, 260, 150, '#d8cbb5', '#8f3b2c')}
    <rect y="450" width="1200" height="350" fill="#8c6a45"/>
    ${waves}
    ${person({ x: 860, y: 380, scale: 0.62, shirt: '#f1c40f', trousers: '#34495e', armUp: true })}
    ${person({ x: 930, y: 380, scale: 0.55, shirt: '#e74c3c', trousers: '#34495e' })}
    <path d="M470 470 Q650 420 835 300" stroke="#f5e6c8" stroke-width="6" fill="none"/>
    <g transform="translate(0 60)">${person({ x: 430, y: 520, scale: 1.25, shirt: '#1e5aa8', trousers: '#1e5aa8', armUp: true })}</g>
    <rect y="540" width="1200" height="260" fill="#8c6a45" opacity="0.82"/>
    <path d="M80 640 L300 640 L270 690 L110 690 Z" fill="#4a6a8a"/>
    ${rain}`,
  );
}

/** A lit street of a residential group at dusk, a notice board and a patrol: a model practice. */
function selfManagedStreet(): string {
  const lamps = [180, 520, 860]
    .map(
      (x) =>
        `<rect x="${x}" y="300" width="10" height="330" fill="#3d4452"/><circle cx="${x + 5}" cy="296" r="20" fill="#ffe9a8"/><circle cx="${x + 5}" cy="296" r="60" fill="#ffe9a8" opacity="0.18"/>`,
    )
    .join('');
  return svg(
    1200,
    800,
    `<rect width="1200" height="800" fill="#2e3f63"/>
    <rect width="1200" height="380" fill="#f0a35e" opacity="0.55"/>
    ${house(40, 600, 230, 200, '#e8d6b9', '#9b4a35', true)}${house(330, 600, 210, 230, '#f1e3c8', '#7f3d2b', true)}
    ${house(600, 600, 240, 190, '#dcc8a8', '#a35a3b', true)}${house(900, 600, 230, 220, '#efdcbe', '#86402e', true)}
    <rect y="600" width="1200" height="200" fill="#575d66"/>
    <path d="M0 700 H1200" stroke="#d9d9d9" stroke-width="6" stroke-dasharray="50 40"/>
    ${lamps}
    <rect x="1000" y="470" width="150" height="110" fill="#b03a2e" stroke="#f3d36b" stroke-width="6"/>
    <rect x="1070" y="580" width="10" height="60" fill="#3d4452"/>
    <path d="M1025 500 H1125 M1025 525 H1110 M1025 550 H1120" stroke="#f8e7b0" stroke-width="6"/>
    <path d="M1150 300 L1150 200" stroke="#cfcfcf" stroke-width="5"/><rect x="1150" y="200" width="48" height="32" fill="#d8322a"/>
    ${person({ x: 700, y: 760, scale: 0.85, shirt: '#c0392b', armUp: true })}
    ${person({ x: 780, y: 765, scale: 0.82, shirt: '#1d6fa5' })}`,
  );
}

/** A close view of sorting: bottles into the green bin, paper into the yellow one. */
function sortingCloseUp(): string {
  const bottles = [0, 1, 2, 3, 4]
    .map(
      (i) =>
        `<g transform="translate(${130 + i * 65} ${790 - (i % 2) * 16}) rotate(${i * 9 - 18})"><rect x="-16" y="-80" width="32" height="80" rx="10" fill="#8fd3e8" opacity="0.9"/><rect x="-8" y="-96" width="16" height="18" fill="#2e86c1"/></g>`,
    )
    .join('');
  return svg(
    1200,
    900,
    `<rect width="1200" height="900" fill="#e6efe1"/>
    <rect y="660" width="1200" height="240" fill="#cbbf9f"/>
    <g transform="translate(560 800) scale(1.6)">${bin(0, 0, '#2f8f4e', '#226b3a')}</g>
    <g transform="translate(770 800) scale(1.6)">${bin(0, 0, '#e2a72e', '#b9861f')}</g>
    ${bottles}
    <rect x="930" y="700" width="170" height="100" fill="#f4ecd8" stroke="#c8b98f" stroke-width="4"/>
    <rect x="945" y="670" width="150" height="34" fill="#efe4c8" stroke="#c8b98f" stroke-width="4"/>
    <path d="M950 735 H1080 M950 765 H1060" stroke="#b7a77d" stroke-width="5"/>`,
  );
}

/** Morning: members of the group sweep the lane. */
function morningSweep(): string {
  return svg(
    1200,
    900,
    `<rect width="1200" height="900" fill="#fbe7c6"/>
    <circle cx="180" cy="160" r="70" fill="#ffcf6e"/>
    ${house(620, 640, 260, 240, '#f3e2c4', '#a14c34')}${house(920, 640, 240, 210, '#e6d3b3', '#8a4330')}
    ${tree(470, 640, 1.4)}
    <rect y="640" width="1200" height="260" fill="#cdbb9a"/>
    ${person({ x: 300, y: 800, scale: 1.2, shirt: '#27ae60', hat: true })}
    <path d="M330 720 L420 830" stroke="#8b5a2b" stroke-width="8"/><path d="M400 815 L450 850 L430 860 L390 830 Z" fill="#c9a25c"/>
    ${person({ x: 760, y: 810, scale: 1.15, shirt: '#e67e22', hat: true, armUp: true })}`,
  );
}

/** Evening: two members walk the lane with a torch. */
function nightPatrol(): string {
  return svg(
    1200,
    900,
    `<rect width="1200" height="900" fill="#1f2b47"/>
    <circle cx="1010" cy="150" r="50" fill="#f4f1de"/>
    ${house(60, 640, 260, 230, '#cdbd9f', '#6e3426', true)}${house(820, 640, 280, 220, '#d8c7a6', '#6a3022', true)}
    <rect y="640" width="1200" height="260" fill="#3e444d"/>
    <path d="M560 700 L900 860 L700 900 Z" fill="#fff3b0" opacity="0.35"/>
    ${person({ x: 480, y: 800, scale: 1.2, shirt: '#c0392b', armUp: true })}
    ${person({ x: 600, y: 810, scale: 1.15, shirt: '#2874a6' })}
    <rect x="525" y="600" width="30" height="16" rx="4" fill="#f7dc6f"/>`,
  );
}

const scenes: readonly { file: string; draw: () => string }[] = [
  { file: 'co-giao-tao-thi-duyen.jpg', draw: teacher },
  { file: 'chi-hoi-phu-nu-to-dan-pho-dong-son.jpg', draw: womenUnion },
  { file: 'cuu-hai-hoc-sinh-trong-lu.jpg', draw: floodRescue },
  { file: 'to-dan-pho-tu-quan-so-12.jpg', draw: selfManagedStreet },
  { file: 'phan-loai-rac-tai-nguon.jpg', draw: sortingCloseUp },
  { file: 'to-tu-quan-quet-don-buoi-sang.jpg', draw: morningSweep },
  { file: 'to-tu-quan-tuan-tra-buoi-toi.jpg', draw: nightPatrol },
];

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const scene of scenes) {
    const png = new Resvg(scene.draw(), { background: '#ffffff' }).render().asPng();
    const jpeg = await sharp(png).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    await writeFile(join(outDir, scene.file), jpeg);
    console.log(`${join(outDir, scene.file)} (${Math.round(jpeg.length / 1024)} KB)`);
  }
  console.log(
    `Xong: ${scenes.length} ảnh minh họa do dự án tạo (CC0) trong ${outDir}. (done: project-made illustrative photos)`,
  );
}

main().catch((error: unknown) => {
  console.error(
    `Lỗi: không tạo được ảnh minh họa: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
