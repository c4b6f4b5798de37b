/**
 * Social card images (1200x630 PNG) made at build time: one per question
 * showing its text, and one for the site. Satori lays out the card as SVG and
 * resvg rasterises it; both run locally (resvg is a binary inside its npm
 * package), so no external image service is involved. The build renders them
 * in worker processes and keeps them in its cache (socialCardBuild.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import satori from 'satori';
import {Resvg} from '@resvg/resvg-js';

const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;

export type CardText = {eyebrow: string; title: string; footer: string};
type Node = {
  type: string;
  props: {style?: Record<string, unknown>; children?: Node | string | (Node | string)[]; [key: string]: unknown};
};

const fontsDir = path.dirname(require.resolve('@fontsource/inter/package.json'));
let fonts: Promise<{name: string; data: Buffer; weight: 400 | 700; style: 'normal'}[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await fs.readFile(path.join(fontsDir, `files/inter-latin-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

const div = (style: Record<string, unknown>, children: Node['props']['children']): Node => ({
  type: 'div',
  props: {style, children},
});

function logoMark(): Node {
  return {
    type: 'svg',
    props: {
      width: 56,
      height: 56,
      viewBox: '0 0 32 32',
      children: [
        {
          type: 'path',
          props: {
            fill: '#E5402A',
            d: 'M6 3h20a4 4 0 0 1 4 4v13a4 4 0 0 1-4 4H15l-6.5 5.2A1 1 0 0 1 7 28.4V24H6a4 4 0 0 1-4-4V7a4 4 0 0 1 4-4Z',
          },
        },
        {
          type: 'path',
          props: {
            fill: 'none',
            stroke: '#fff',
            'stroke-linecap': 'round',
            'stroke-width': 3,
            d: 'm10.5 8.5 11 11m0-11-11 11',
          },
        },
      ],
    },
  };
}

function cardLayout({eyebrow, title, footer}: CardText): Node {
  const titleSize = title.length > 90 ? 52 : title.length > 50 ? 64 : 76;
  return div(
    // Satori sizes boxes without their padding: subtract it to fill the card exactly.
    {
      width: CARD_WIDTH - 2 * 72,
      height: CARD_HEIGHT - 2 * 64,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#15151a',
      color: '#f5f5f7',
      fontFamily: 'Inter',
    },
    [
      div({display: 'flex', alignItems: 'center', gap: '20px', fontSize: 32, fontWeight: 700}, [
        logoMark(),
        'XMTP Network FAQ',
      ]),
      div({display: 'flex', flexDirection: 'column', gap: '20px'}, [
        div(
          {fontSize: 28, fontWeight: 700, color: '#ff8f7a', textTransform: 'uppercase', letterSpacing: '0.06em'},
          eyebrow,
        ),
        div({fontSize: titleSize, fontWeight: 700, lineHeight: 1.15}, title),
      ]),
      div({fontSize: 26, color: '#c5c5cc'}, footer),
    ],
  );
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(type)));
  return [head, data, crc];
}

/**
 * An opaque RGBA image as a PNG: RGB, rows unfiltered, deflated by Node's
 * zlib. resvg's own encoder filters each row, which deflates worse on a
 * card's flat colours (57 KB a card against 36 KB, in the same time; a
 * 1,000-question build's cards were half its output), and pngjs packs each
 * pixel in JavaScript (four times the time): hence these few lines.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.allocUnsafe((width * 3 + 1) * height);
  let out = 0;
  let pixel = 0;
  for (let y = 0; y < height; y += 1) {
    rows[out++] = 0; // filter: none
    for (let x = 0; x < width; x += 1, pixel += 4) {
      rows[out++] = rgba[pixel]!;
      rows[out++] = rgba[pixel + 1]!;
      rows[out++] = rgba[pixel + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([
    PNG_SIGNATURE,
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', zlib.deflateSync(rows, {level: 6})),
    ...pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function renderCard(text: CardText): Promise<Buffer> {
  const svg = await satori(cardLayout(text) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  // Satori draws the text as paths, so resvg needs no fonts: loading the
  // system's, its default, took most of a card's time.
  const image = new Resvg(svg, {fitTo: {mode: 'width', value: CARD_WIDTH}, font: {loadSystemFonts: false}}).render();
  return encodePng(image.pixels, image.width, image.height);
}
