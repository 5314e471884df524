/**
 * Draws the Teams app icons (a signpost) with pngjs, so they can be regenerated without an image editor:
 *   npx tsx scripts/draw-icons.ts
 * color.png: 192×192, full colour. outline.png: 32×32, white on transparent (Teams' rule).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];

function draw(size: number, background: Rgba | undefined, ink: Rgba, file: string): void {
  const png = new PNG({ width: size, height: size });
  const s = size / 32; // design grid is 32×32
  const inSign = (x: number, y: number): boolean => {
    const gx = x / s;
    const gy = y / s;
    const post = gx >= 14.5 && gx <= 17.5 && gy >= 5 && gy <= 29;
    const upper = gy >= 7 && gy <= 12 && gx >= 6 && gx <= 22 + (2.5 - Math.abs(gy - 9.5)); // points right
    const lower = gy >= 15 && gy <= 20 && gx <= 26 && gx >= 10 - (2.5 - Math.abs(gy - 17.5)); // points left
    return post || upper || lower;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const colour: Rgba = inSign(x + 0.5, y + 0.5) ? ink : (background ?? [0, 0, 0, 0]);
      png.data[i] = colour[0];
      png.data[i + 1] = colour[1];
      png.data[i + 2] = colour[2];
      png.data[i + 3] = colour[3];
    }
  }
  writeFileSync(file, PNG.sync.write(png));
}

const dir = path.join(__dirname, '..', 'manifest');
draw(192, [0x1f, 0x5c, 0x99, 255], [255, 255, 255, 255], path.join(dir, 'color.png'));
draw(32, undefined, [255, 255, 255, 255], path.join(dir, 'outline.png'));
process.stdout.write('wrote manifest/color.png and manifest/outline.png\n');
