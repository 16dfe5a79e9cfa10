import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/lib/memo.ts';
import { postsOfUnit } from '../../src/lib/posts/listing.ts';

describe('memoized', () => {
  it('derives once per owner and again for another owner', () => {
    let calls = 0;
    const lengthOf = memoized((list: readonly string[]) => ((calls += 1), list.length));
    const wards = ['phuong-tran-phu', 'xa-dong-son'];
    expect([lengthOf(wards), lengthOf(wards), lengthOf(['phuong-le-loi'])]).toEqual([2, 2, 1]);
    expect(calls).toBe(2);
  });
  it('keeps a derived undefined without deriving it again', () => {
    let calls = 0;
    const none = memoized((_owner: object) => ((calls += 1), undefined));
    const owner = {};
    none(owner);
    none(owner);
    expect(calls).toBe(1);
  });
});

describe('postsOfUnit through its index', () => {
  const posts = [
    { unit: 'phuong-tran-phu', slug: 'a' },
    { unit: 'xa-dong-son', slug: 'b' },
    { unit: 'phuong-tran-phu', slug: 'c' },
  ];
  it.each([
    ['phuong-tran-phu', ['a', 'c']],
    ['xa-dong-son', ['b']],
    ['phuong-khong-co', []],
  ])('%s → %j, in the order given', (unit, slugs) => {
    expect(postsOfUnit(posts, unit).map((post) => post.slug)).toEqual(slugs);
  });
  it('hands out a copy: changing it does not change the next answer', () => {
    postsOfUnit(posts, 'phuong-tran-phu').pop();
    expect(postsOfUnit(posts, 'phuong-tran-phu')).toHaveLength(2);
  });
});
