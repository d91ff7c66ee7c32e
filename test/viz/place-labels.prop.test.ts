import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { overlaps, placeLabels } from '../../src/viz/place-labels.js';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
const label = fc.record({
  text: fc.string({ minLength: 1, maxLength: 16 }),
  size: fc.integer({ min: 11, max: 14 }),
  anchorX: fc.integer({ min: 0, max: 400 }),
  anchorY: fc.integer({ min: 0, max: 300 }),
  priority: fc.integer({ min: 0, max: 3 }),
});

describe('placeLabels', () => {
  prop.prop([
    fc.array(label, { maxLength: 40 }),
    fc.array(
      fc.record({
        x0: fc.integer({ min: 0, max: 350 }),
        y0: fc.integer({ min: 0, max: 250 }),
        w: fc.integer({ min: 1, max: 80 }),
        h: fc.integer({ min: 1, max: 60 }),
      }),
      { maxLength: 3 },
    ),
  ])(
    'keeps no two labels overlapping, none on an obstacle, all inside the bounds; an uncrowded label is kept',
    (labels, raw) => {
      const obstacles = raw.map((o) => ({ x0: o.x0, y0: o.y0, x1: o.x0 + o.w, y1: o.y0 + o.h }));
      const placed = placeLabels(labels, { bounds, obstacles, ticks: 60 });
      for (let i = 0; i < placed.length; i++) {
        const b = placed[i]!.box;
        expect(
          b.x0 >= bounds.x0 - 1e-6 && b.x1 <= bounds.x1 + 1e-6 && b.y0 >= bounds.y0 - 1e-6 && b.y1 <= bounds.y1 + 1e-6,
        ).toBe(true);
        for (const o of obstacles) expect(overlaps(b, o)).toBe(false);
        for (let j = i + 1; j < placed.length; j++) expect(overlaps(b, placed[j]!.box)).toBe(false);
      }
      if (labels.length === 1 && obstacles.length === 0) expect(placed).toHaveLength(1);
    },
  );
});
